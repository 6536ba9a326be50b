// Idiom: softmax load-balancing weights over the servers of each region from measured latencies: a softmin
// exp(-(lat - minLat) / T), T in milliseconds, as a gateway's weighted routing table is refreshed.
// Layout: double[regions, servers] row-major, weights written to a new double[regions, servers].
// Inspired by: softmax load-balancer projects found with the code search (sudeerhfd/softmax-load-balancer README:
// exp((Q - maxQ) / tau) over servers); here written as a softmin over latencies; our own code, nothing copied.
// Correct: each region's own fastest server is the shift.
using System;

namespace HeldOut53.RegionLoadBalancer_PerRegionFastest;

public sealed class RegionLoadBalancer
{
    private readonly double _temperatureMs;

    public RegionLoadBalancer(double temperatureMs)
    {
        _temperatureMs = temperatureMs;
    }

    public double[,] TrafficWeights(double[,] latencyMs)
    {
        int regions = latencyMs.GetLength(0);
        int servers = latencyMs.GetLength(1);
        var weights = new double[regions, servers];
        for (int r = 0; r < regions; r++)
        {
            double fastest = double.PositiveInfinity;
            for (int s = 0; s < servers; s++)
            {
                fastest = Math.Min(fastest, latencyMs[r, s]);
            }

            double sum = 0;
            for (int s = 0; s < servers; s++)
            {
                double w = Math.Exp(-(latencyMs[r, s] - fastest) / _temperatureMs);
                weights[r, s] = w;
                sum += w;
            }

            for (int s = 0; s < servers; s++)
            {
                weights[r, s] /= sum;
            }
        }

        return weights;
    }
}

// Idiom: softmin traffic weights over the servers of each region from latencies, exp(-(lat - minLat) / T), written
// with `while` loops over a flat buffer as a weighted-round-robin table is rebuilt.
// Layout: flat double[regions * serversPerRegion], region r's servers at r * serversPerRegion + s.
// Correct: the minimum latency is taken over one region's servers.
using System;

namespace HeldOut53.ServerWeights_FlatWhilePerRegion;

public sealed class WeightedRoundRobin
{
    private readonly double _temperatureMs;

    public WeightedRoundRobin(double temperatureMs) => _temperatureMs = temperatureMs;

    public double[] Weights(double[] latencyMs, int regions, int serversPerRegion)
    {
        var weights = new double[latencyMs.Length];
        int r = 0;
        while (r < regions)
        {
            int start = r * serversPerRegion;
            int end = start + serversPerRegion;
            double minLat = double.MaxValue;
            int i = start;
            while (i < end)
            {
                minLat = Math.Min(minLat, latencyMs[i]);
                i++;
            }

            double sum = 0;
            i = start;
            while (i < end)
            {
                weights[i] = Math.Exp(-(latencyMs[i] - minLat) / _temperatureMs);
                sum += weights[i];
                i++;
            }

            for (i = start; i < end; i++)
            {
                weights[i] /= sum;
            }

            r++;
        }

        return weights;
    }
}

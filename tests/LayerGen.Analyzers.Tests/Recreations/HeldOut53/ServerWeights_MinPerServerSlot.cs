// Idiom: softmin traffic weights over the servers of each region from latencies, with the "fastest" reference kept
// per server slot (a slot-indexed baseline array), row-major table.
// Layout: double[regions, servers], same layout out.
// Bug (LG0004): the minimum runs per server slot over the regions (`minLat[s]`), while each sum runs per region over
// the servers: the shift differs inside one region's distribution.
using System;

namespace HeldOut53.ServerWeights_MinPerServerSlot;

public static class SlotBalancer
{
    public static double[,] Weights(double[,] latencyMs, double temperatureMs)
    {
        int regions = latencyMs.GetLength(0);
        int servers = latencyMs.GetLength(1);
        var minLat = new double[servers];
        Array.Fill(minLat, double.PositiveInfinity);
        for (int r = 0; r < regions; r++)
        {
            for (int s = 0; s < servers; s++)
            {
                minLat[s] = Math.Min(minLat[s], latencyMs[r, s]); //~ LG0004
            }
        }

        var w = new double[regions, servers];
        for (int r = 0; r < regions; r++)
        {
            double total = 0;
            for (int s = 0; s < servers; s++)
            {
                w[r, s] = Math.Exp(-(latencyMs[r, s] - minLat[s]) / temperatureMs);
                total += w[r, s];
            }

            for (int s = 0; s < servers; s++)
            {
                w[r, s] /= total;
            }
        }

        return w;
    }
}

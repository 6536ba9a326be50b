// Idiom: softmin load-balancing weights per region from server latencies, written with LINQ over region records.
// Layout: IReadOnlyList<Region> records, each with a double[] of server latencies (regions differ in server count);
// jagged double[][] out.
// Bug (LG0001): the fastest latency is taken over the whole fleet (`regions.Min(r => r.ServerLatencyMs.Min())`), not
// per region; a region whose servers are all slow underflows to 0/0.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut53.RegionLoadBalancer_FastestInFleet;

public sealed record Region(string Name, double[] ServerLatencyMs);

public static class FleetBalancer
{
    public static double[][] Weights(IReadOnlyList<Region> regions, double temperatureMs)
    {
        double fleetFastest = regions.Min(r => r.ServerLatencyMs.Min()); //~ LG0001
        var result = new double[regions.Count][];
        for (int r = 0; r < regions.Count; r++)
        {
            double[] latency = regions[r].ServerLatencyMs;
            double[] w = latency.Select(l => Math.Exp(-(l - fleetFastest) / temperatureMs)).ToArray();
            double total = w.Sum();
            result[r] = w.Select(x => x / total).ToArray();
        }

        return result;
    }
}

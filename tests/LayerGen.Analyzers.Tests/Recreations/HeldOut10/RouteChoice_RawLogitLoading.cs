// Re-creation (our own code) of the shape of logit stochastic network loading (Dial 1971; path-based logit route
// choice in traffic-assignment codes), written with while loops over a path list sorted by OD pair.
// Layout: IReadOnlyList<(int Od, double Cost)> tuples grouped by OD, probabilities to double[].
// Bug (LG0003): exp(−θ c) with no shift; with costs in seconds and θ around 1 every path of a long trip underflows
// to 0 and the shares are 0 / 0.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut10;

public static class RouteChoiceRawLogitLoading
{
    public static double[] Shares(IReadOnlyList<(int Od, double Cost)> paths, double theta)
    {
        var share = new double[paths.Count];
        int start = 0;
        while (start < paths.Count)
        {
            int end = start;
            double sum = 0.0;
            while (end < paths.Count && paths[end].Od == paths[start].Od)
            {
                share[end] = Math.Exp(-theta * paths[end].Cost); //~ LG0003
                sum += share[end];
                end++;
            }

            for (int k = start; k < end; k++)
                share[k] /= sum;
            start = end;
        }

        return share;
    }
}

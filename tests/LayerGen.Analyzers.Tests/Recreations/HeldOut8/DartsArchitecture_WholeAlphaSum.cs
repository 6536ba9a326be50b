// Source: DARTS architecture weights (Liu et al. 2019; softmax over candidate operations per edge), re-created with
// alpha as one matrix.
// Layout: double[edges, ops] row-major; per-edge max array; a separate pass sums the exps.
// Bug (LG0002): the normaliser sums the exps of every edge, so each edge's mixing weights add to about 1/edges.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class DartsArchitecture_WholeAlphaSum
{
    public static double[,] MixingWeights(double[,] alpha)
    {
        int edges = alpha.GetLength(0), ops = alpha.GetLength(1);
        var edgeMax = new double[edges];
        for (int e = 0; e < edges; e++)
        {
            edgeMax[e] = double.NegativeInfinity;
            for (int o = 0; o < ops; o++) edgeMax[e] = Math.Max(edgeMax[e], alpha[e, o]);
        }

        var w = new double[edges, ops];
        for (int e = 0; e < edges; e++)
            for (int o = 0; o < ops; o++)
                w[e, o] = Math.Exp(alpha[e, o] - edgeMax[e]);

        double total = 0;
        for (int e = 0; e < edges; e++)
            for (int o = 0; o < ops; o++)
                total += w[e, o]; //~ LG0002

        for (int e = 0; e < edges; e++)
            for (int o = 0; o < ops; o++)
                w[e, o] /= total;
        return w;
    }
}

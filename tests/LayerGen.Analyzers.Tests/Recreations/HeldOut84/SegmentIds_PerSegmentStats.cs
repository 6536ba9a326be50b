// Idiom: packed tokens tagged with `segmentOf[i]`; per-segment max and sum kept in arrays indexed by segment id
// (a scatter-max / scatter-add over the whole buffer).
// Use: segment softmax (graph attention over neighbours, packed sentences).
// Layout: flat double[] values, int[] segmentOf (ids 0..segments-1, any order).
// Correct: the folds walk the whole buffer, but each cell only updates its own segment's max and sum.
// Our own code.
using System;

namespace HeldOut84.SegmentIds_PerSegmentStats;

public static class SegmentSoftmax
{
    public static double[] Run(double[] values, int[] segmentOf, int segments)
    {
        var segMax = new double[segments];
        Array.Fill(segMax, double.NegativeInfinity);
        for (int i = 0; i < values.Length; i++)
        {
            int s = segmentOf[i];
            segMax[s] = Math.Max(segMax[s], values[i]);
        }

        var segSum = new double[segments];
        var e = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            e[i] = Math.Exp(values[i] - segMax[segmentOf[i]]);
            segSum[segmentOf[i]] += e[i];
        }

        for (int i = 0; i < values.Length; i++) e[i] /= segSum[segmentOf[i]];
        return e;
    }
}

// Source: ListNet top-one probabilities (Cao et al. 2007; the per-query softmax of LightGBM/XGBoost-style
// "rank:listnet" objectives over query groups given as offsets), re-created.
// Layout: flat double[] document scores, CSR int[] queryPtr (groups of different sizes), while loops.
// Correct: max and sum per query group.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class ListNet_QueryGroupsCsr
{
    public static double[] TopOneProbabilities(double[] scores, int[] queryPtr)
    {
        var p = new double[scores.Length];
        int q = 0;
        while (q < queryPtr.Length - 1)
        {
            int begin = queryPtr[q], end = queryPtr[q + 1];
            double top = double.NegativeInfinity;
            int d = begin;
            while (d < end)
            {
                if (scores[d] > top) top = scores[d];
                d++;
            }

            double partition = 0;
            for (d = begin; d < end; d++)
            {
                p[d] = Math.Exp(scores[d] - top);
                partition += p[d];
            }

            d = begin;
            while (d < end) p[d++] /= partition;
            q++;
        }
        return p;
    }
}

// Source: ListNet top-one probabilities over query groups (Cao et al. 2007; learning-to-rank objectives with
// group offsets), re-created.
// Layout: flat double[] scores, CSR int[] groupPtr, for loops; the max is per group.
// Bug (LG0002): the partition function is declared once before the group loop and never reset, so every later
// query divides by the running total of all earlier queries' exps as well.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class ListNet_SumAcrossQueries
{
    public static double[] TopOneProbabilities(double[] scores, int[] groupPtr)
    {
        var p = new double[scores.Length];
        double partition = 0;
        for (int g = 0; g + 1 < groupPtr.Length; g++)
        {
            int begin = groupPtr[g], end = groupPtr[g + 1];
            double top = scores[begin];
            for (int d = begin + 1; d < end; d++) top = Math.Max(top, scores[d]);

            for (int d = begin; d < end; d++)
            {
                p[d] = Math.Exp(scores[d] - top);
                partition += p[d]; //~ LG0002
            }

            for (int d = begin; d < end; d++) p[d] /= partition;
        }
        return p;
    }
}

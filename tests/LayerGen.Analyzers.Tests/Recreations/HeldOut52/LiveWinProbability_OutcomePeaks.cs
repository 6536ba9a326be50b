// Idiom: in-play win/draw/loss probability per snapshot, snapshots as a List<double[]> appended during the match.
// Layout: List<double[]> (one double[3] of outcome scores per snapshot); LINQ for the shift.
// Bug: the shift for outcome k is the largest score of outcome k over ALL snapshots (a per-outcome peak), while the
// sum runs over the outcomes of one snapshot: max and sum over different axes.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut52.LiveWinProbability_OutcomePeaks;

public static class InPlay
{
    public static List<double[]> WinDrawLoss(List<double[]> snapshots)
    {
        double[] peak = Enumerable.Range(0, 3).Select(k => snapshots.Max(s => s[k])).ToArray(); //~ LG0004
        var result = new List<double[]>(snapshots.Count);
        foreach (double[] s in snapshots)
        {
            var p = new double[3];
            double z = 0.0;
            for (int k = 0; k < 3; k++)
            {
                p[k] = Math.Exp(s[k] - peak[k]);
                z += p[k];
            }

            for (int k = 0; k < 3; k++)
            {
                p[k] /= z;
            }

            result.Add(p);
        }

        return result;
    }
}

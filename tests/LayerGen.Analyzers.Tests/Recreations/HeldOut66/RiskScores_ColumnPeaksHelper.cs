// Idiom: a credit-risk batch job over a row-major `double[accounts, classes]` matrix, with a private helper
// `ColumnPeaks` that returns the per-class maximum (as a reporting helper would), reused as the softmax shift.
// Layout: `double[,]` row-major, one softmax per account (row, over classes).
// Twin of RiskScores_RowMaxHelper; own code.
// Bug LG0004: the shift of `scores[a, k]` is the max of class k over all accounts (axis 0) while the sum runs over the
// classes of one account (axis 1). The fold sits in a same-type helper method, so the marker is on the call.
using System;

namespace HeldOut66.RiskScores_ColumnPeaksHelper;

public static class RiskScoring
{
    public static double[,] Normalise(double[,] scores)
    {
        int accounts = scores.GetLength(0), classes = scores.GetLength(1);
        double[] peaks = ColumnPeaks(scores); //~ LG0004
        var p = new double[accounts, classes];
        for (int a = 0; a < accounts; a++)
        {
            double sum = 0;
            for (int k = 0; k < classes; k++)
            {
                p[a, k] = Math.Exp(scores[a, k] - peaks[k]);
                sum += p[a, k];
            }

            for (int k = 0; k < classes; k++)
            {
                p[a, k] /= sum;
            }
        }

        return p;
    }

    private static double[] ColumnPeaks(double[,] m)
    {
        var peaks = new double[m.GetLength(1)];
        for (int k = 0; k < peaks.Length; k++)
        {
            peaks[k] = double.NegativeInfinity;
            for (int a = 0; a < m.GetLength(0); a++)
            {
                peaks[k] = Math.Max(peaks[k], m[a, k]);
            }
        }

        return peaks;
    }
}

// Idiom: a `delegate* managed<double, double, double>` pointer to a private shifted-exp helper.
// Use: per-sample class probabilities of a score matrix.
// Layout: double[batch, classes], row-major; the softmax runs over the classes of each sample (row).
// Bug (LG0004): the peaks are folded per class down the batch axis (`peak[c]`), while the sum runs per sample over
// the classes; each row is shifted by a different constant per column, so the result is not that row's softmax.
// Our own code.
using System;

#nullable enable

namespace HeldOut82.ManagedPointer_ClassPeaks;

public static class Layer
{
    private static double Shifted(double v, double m) => Math.Exp(v - m);

    public static unsafe double[,] Forward(double[,] logits)
    {
        delegate* managed<double, double, double> shiftedExp = &Shifted;
        int n = logits.GetLength(0), k = logits.GetLength(1);
        var peak = new double[k];
        Array.Fill(peak, double.NegativeInfinity);
        for (int i = 0; i < n; i++)
            for (int c = 0; c < k; c++)
                peak[c] = Math.Max(peak[c], logits[i, c]); //~ LG0004

        var result = new double[n, k];
        for (int i = 0; i < n; i++)
        {
            double norm = 0;
            for (int c = 0; c < k; c++)
            {
                result[i, c] = shiftedExp(logits[i, c], peak[c]);
                norm += result[i, c];
            }

            for (int c = 0; c < k; c++) result[i, c] /= norm;
        }

        return result;
    }
}

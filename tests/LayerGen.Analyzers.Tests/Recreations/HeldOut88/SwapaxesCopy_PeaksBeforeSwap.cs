// Idiom: a copying `Swapaxes(double[,])` helper and LINQ over `Enumerable.Range`: the peaks are taken on the class-major
// matrix before the swap (`z.max(axis=1)`, one per class over the batch), then the swapped (batch, classes) rows are
// exponentiated and normalised per sample.
// Use: per-sample class probabilities in a ported evaluation loop with class-major logits.
// Layout: double[classes, batch] in; double[batch, classes] after the swap; softmax per sample over the classes.
// Bug: LG0004 — `peaks[c]` spans the batch axis, the sum spans the class axis.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut88.SwapaxesCopy_PeaksBeforeSwap;

public static class Axes
{
    public static double[,] Swapaxes(double[,] a)
    {
        var t = new double[a.GetLength(1), a.GetLength(0)];
        for (int i = 0; i < a.GetLength(0); i++)
            for (int j = 0; j < a.GetLength(1); j++)
                t[j, i] = a[i, j];
        return t;
    }
}

public static class Evaluation
{
    public static double[,] SampleProbabilities(double[,] z)
    {
        int classes = z.GetLength(0), batch = z.GetLength(1);
        double[] peaks = Enumerable.Range(0, classes)
            .Select(c => Enumerable.Range(0, batch).Max(b => z[c, b])) //~ LG0004
            .ToArray();
        double[,] x = Axes.Swapaxes(z);
        var p = new double[batch, classes];
        for (int b = 0; b < batch; b++)
        {
            double s = 0.0;
            for (int c = 0; c < classes; c++) s += p[b, c] = Math.Exp(x[b, c] - peaks[c]);
            for (int c = 0; c < classes; c++) p[b, c] /= s;
        }

        return p;
    }
}

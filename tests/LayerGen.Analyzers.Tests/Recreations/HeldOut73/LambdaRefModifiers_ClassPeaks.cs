// Idiom: C# 14 lambda parameter modifiers without types: the normaliser accumulates through
// `Accumulate add = (ref sum, term) => sum += term;`.
// Use: per-sample softmax of a score matrix.
// Layout: double[batch, classes] (row-major), softmax per row i.
// Bug LG0004: classPeak[j] is folded over the batch (axis 0) while the sum runs over the classes (axis 1).
// Our own code.
#nullable enable
using System;

namespace HeldOut73.LambdaRefModifiers_ClassPeaks;

public delegate void Accumulate(ref double sum, double term);

public static class Scores
{
    public static double[,] Normalise(double[,] x)
    {
        int batch = x.GetLength(0), classes = x.GetLength(1);
        var classPeak = new double[classes];
        Array.Fill(classPeak, double.NegativeInfinity);
        for (int i = 0; i < batch; i++)
        {
            for (int j = 0; j < classes; j++) classPeak[j] = Math.Max(classPeak[j], x[i, j]); //~ LG0004
        }

        Accumulate add = (ref sum, term) => sum += term;
        var y = new double[batch, classes];
        for (int i = 0; i < batch; i++)
        {
            double sum = 0.0;
            for (int j = 0; j < classes; j++)
            {
                y[i, j] = Math.Exp(x[i, j] - classPeak[j]);
                add(ref sum, y[i, j]);
            }

            for (int j = 0; j < classes; j++) y[i, j] /= sum;
        }

        return y;
    }
}

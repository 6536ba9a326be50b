// Idiom: a `this ReadOnlySpan<double>` extension method (Top) called on a double[] (C# 14 first-class span conversion).
// Use: tagger probabilities per token.
// Layout: class-major jagged double[classes][batch], softmax per sample b over the classes.
// Bug LG0004: z[c].Top() is the max of class c over the batch (the other axis); the sum runs over the classes.
// Our own code.
#nullable enable
using System;

namespace HeldOut73.SpanExtensionOnArrays_ClassPeaks;

public static class Reductions
{
    public static double Top(this ReadOnlySpan<double> values)
    {
        double t = double.NegativeInfinity;
        foreach (double v in values) t = Math.Max(t, v);
        return t;
    }
}

public static class Tagger
{
    public static double[][] Softmax(double[][] z)
    {
        int classes = z.Length, batch = z[0].Length;
        var shift = new double[classes];
        for (int c = 0; c < classes; c++) shift[c] = z[c].Top(); //~ LG0004
        var p = new double[classes][];
        for (int c = 0; c < classes; c++) p[c] = new double[batch];
        for (int b = 0; b < batch; b++)
        {
            double sum = 0;
            for (int c = 0; c < classes; c++)
            {
                p[c][b] = Math.Exp(z[c][b] - shift[c]);
                sum += p[c][b];
            }

            for (int c = 0; c < classes; c++) p[c][b] /= sum;
        }

        return p;
    }
}

// Idiom: C# 14 `field` keyword: a validated Denominator property (`private set => field = ...`) used as the accumulator.
// Use: per-sample class probabilities in a primary-constructor class.
// Layout: flat double[classes * batch], class-major (element (c, b) at c * batch + b), softmax per sample b.
// Bug LG0002: Denominator is a property of the object, never reset per sample, so it sums over every sample so far.
// Our own code.
#nullable enable
using System;

namespace HeldOut73.FieldKeyword_NormaliserCarried;

public sealed class ColumnNormaliser(double[] z, int classes, int batch)
{
    public double Denominator
    {
        get;
        private set => field = double.IsNaN(value) ? throw new InvalidOperationException("NaN denominator") : value;
    }

    public double[] Run()
    {
        var p = new double[z.Length];
        for (int b = 0; b < batch; b++)
        {
            double top = double.NegativeInfinity;
            for (int c = 0; c < classes; c++) top = Math.Max(top, z[c * batch + b]);
            for (int c = 0; c < classes; c++)
            {
                p[c * batch + b] = Math.Exp(z[c * batch + b] - top);
                Denominator += p[c * batch + b]; //~ LG0002
            }

            for (int c = 0; c < classes; c++) p[c * batch + b] /= Denominator;
        }

        return p;
    }
}

// Idiom: C# 14 lambda parameter modifiers without types: `Peak columnPeak = (rows, column, out peak) => { ... }` folds a
// peak by an out parameter.
// Use: per-example softmax of a jagged batch.
// Layout: jagged float[batch][classes], softmax per row.
// Bug LG0004: the lambda folds column `column` over every row (the batch axis) while the sum runs along each row.
// Our own code.
#nullable enable
using System;

namespace HeldOut73.LambdaOutModifiers_ColumnPeaks;

public delegate void Peak(float[][] rows, int column, out float peak);

public static class Examples
{
    public static float[][] Softmax(float[][] x)
    {
        Peak columnPeak = (rows, column, out peak) =>
        {
            peak = float.NegativeInfinity;
            foreach (float[] r in rows) peak = MathF.Max(peak, r[column]); //~ LG0004
        };

        int classes = x[0].Length;
        var peaks = new float[classes];
        for (int k = 0; k < classes; k++) columnPeak(x, k, out peaks[k]);
        var y = new float[x.Length][];
        for (int i = 0; i < x.Length; i++)
        {
            var e = new float[classes];
            float s = 0f;
            for (int k = 0; k < classes; k++) s += e[k] = MathF.Exp(x[i][k] - peaks[k]);
            for (int k = 0; k < classes; k++) e[k] /= s;
            y[i] = e;
        }

        return y;
    }
}

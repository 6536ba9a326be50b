// Idiom: natural-type lambdas with defaults and a static lambda (C# 10–12): `rowMax(x, o, n)`, `static (v, m) => ...`.
// Use: probabilities for a flat batch written with small local lambdas instead of helpers.
// Layout: flat float[] row-major, rows of `n`.
// Bug: LG0002 — each row is shifted by its own max, but one denominator is accumulated over every row and divides
// the whole batch.
// Our own code.
#nullable enable
using System;

namespace HeldOut69.LambdaDefaults_SharedDenominator;

public static class FlatProbabilities
{
    public static float[] Forward(float[] x, int n)
    {
        var rowMax = (float[] src, int o, int len = 1) =>
        {
            float m = src[o];
            for (int j = 1; j < len; j++) m = MathF.Max(m, src[o + j]);
            return m;
        };
        var expShift = static (float v, float m) => MathF.Exp(v - m);

        var y = new float[x.Length];
        float denom = 0f;
        for (int o = 0; o < x.Length; o += n)
        {
            float m = rowMax(x, o, n);
            for (int j = 0; j < n; j++)
            {
                y[o + j] = expShift(x[o + j], m);
                denom += y[o + j]; //~ LG0002
            }
        }

        for (int i = 0; i < y.Length; i++) y[i] /= denom;
        return y;
    }
}

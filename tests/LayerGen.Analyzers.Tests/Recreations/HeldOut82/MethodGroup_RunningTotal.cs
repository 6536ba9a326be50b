// Idiom: method groups stored in `Func<float, float, float>` locals (`Plus`, `MathF.Max`) and called as combiners.
// Use: per-row probabilities of a jagged batch.
// Layout: jagged float[batch][classes].
// Bug (LG0002): `total` is declared above the row loop and never reset; row r is divided by the exps of rows 0..r,
// so only the first row sums to 1.
// Our own code.
using System;

#nullable enable

namespace HeldOut82.MethodGroup_RunningTotal;

public static class Runner
{
    private static float Plus(float a, float b) => a + b;

    public static float[][] Run(float[][] x)
    {
        Func<float, float, float> plus = Plus;
        Func<float, float, float> max = MathF.Max;
        var y = new float[x.Length][];
        float total = 0f;
        for (int r = 0; r < x.Length; r++)
        {
            float m = float.NegativeInfinity;
            foreach (float v in x[r]) m = max(m, v);
            y[r] = new float[x[r].Length];
            for (int j = 0; j < x[r].Length; j++)
            {
                y[r][j] = MathF.Exp(x[r][j] - m);
                total = plus(total, y[r][j]); //~ LG0002
            }

            for (int j = 0; j < y[r].Length; j++) y[r][j] /= total;
        }

        return y;
    }
}

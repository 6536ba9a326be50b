// Idiom: tail recursion over rows with an accumulator parameter — Step(x, y, r + 1, total).
// Use: per-sample probabilities, the recursion standing in for the row loop.
// Layout: jagged float[batch][classes].
// Bug (LG0002): `total` is an accumulator parameter handed on to the next row and never reset, so row r is divided
// by the exps of rows 0..r.
// Our own code.
#nullable enable
using System;

namespace HeldOut77.TailAccumulator_CarriedRowTotal;

public static class CarriedTotal
{
    public static float[][] Softmax(float[][] x)
    {
        var y = new float[x.Length][];
        Step(x, y, 0, 0f);
        return y;
    }

    private static void Step(float[][] x, float[][] y, int r, float total)
    {
        if (r == x.Length)
        {
            return;
        }

        float[] row = x[r];
        float peak = row[0];
        foreach (float v in row)
        {
            peak = MathF.Max(peak, v);
        }

        var e = new float[row.Length];
        for (int j = 0; j < row.Length; j++)
        {
            e[j] = MathF.Exp(row[j] - peak);
            total += e[j]; //~ LG0002
        }

        for (int j = 0; j < row.Length; j++)
        {
            e[j] /= total;
        }

        y[r] = e;
        Step(x, y, r + 1, total);
    }
}

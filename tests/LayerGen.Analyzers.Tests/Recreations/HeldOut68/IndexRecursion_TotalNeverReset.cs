// Idiom: recursion over an index: expression-bodied `PeakAt(row, j)` and `SumAt(e, j)` fold one row; exps by
// `Array.ConvertAll`. Our own code.
// Use: per-sample class probabilities. Layout: jagged float[batch][classes], softmax per row; MathF.Exp.
// Bug LG0002: `total` is declared above the row loop and never reset, so row r is divided by the sum of rows 0..r.
using System;

namespace HeldOut68.IndexRecursion_TotalNeverReset;

public static class RecursiveRowSoftmax
{
    static float PeakAt(float[] row, int j) => j == row.Length - 1 ? row[j] : MathF.Max(row[j], PeakAt(row, j + 1));

    static float SumAt(float[] e, int j) => j == e.Length ? 0f : e[j] + SumAt(e, j + 1);

    public static float[][] Softmax(float[][] x)
    {
        var y = new float[x.Length][];
        float total = 0f;
        for (int r = 0; r < x.Length; r++)
        {
            float max = PeakAt(x[r], 0);
            y[r] = Array.ConvertAll(x[r], v => MathF.Exp(v - max));
            total += SumAt(y[r], 0); //~ LG0002
            for (int j = 0; j < y[r].Length; j++) y[r][j] /= total;
        }

        return y;
    }
}

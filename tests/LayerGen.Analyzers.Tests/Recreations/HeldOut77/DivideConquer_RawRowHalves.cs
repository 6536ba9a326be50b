// Idiom: divide and conquer over the batch — Split(r0, r1) halves the row range until one row is left, then
// normalises that row.
// Use: per-sample probabilities (the halving meant to be handed to tasks later).
// Layout: flat float[batch * cols], row-major; the leaf row at offset r0 * cols.
// Bug (LG0003): the leaf exponentiates raw scores, no max subtracted; above ~88 MathF.Exp overflows to ∞/∞ = NaN.
// Our own code.
#nullable enable
using System;

namespace HeldOut77.DivideConquer_RawRowHalves;

public static class RowHalves
{
    public static float[] Softmax(float[] x, int cols)
    {
        var y = new float[x.Length];
        Split(x, y, cols, 0, x.Length / cols);
        return y;
    }

    private static void Split(float[] x, float[] y, int cols, int r0, int r1)
    {
        if (r1 - r0 > 1)
        {
            int mid = (r0 + r1) / 2;
            Split(x, y, cols, r0, mid);
            Split(x, y, cols, mid, r1);
            return;
        }

        int o = r0 * cols;
        float sum = 0f;
        for (int j = 0; j < cols; j++)
        {
            float e = MathF.Exp(x[o + j]); //~ LG0003
            y[o + j] = e;
            sum += e;
        }

        for (int j = 0; j < cols; j++)
        {
            y[o + j] /= sum;
        }
    }
}

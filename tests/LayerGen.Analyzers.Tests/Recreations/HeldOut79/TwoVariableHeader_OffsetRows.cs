// Idiom: two-variable `for` headers — `for (int i = 0, p = off; i < n; i++, p++)` inside the row kernel and
// `for (int r = 0, off = 0; r < rows; r++, off += n)` in the batch driver.
// Use: softmax of each row of a flat logit batch through a per-row kernel taking an offset.
// Layout: flat float[] row-major, rows * n, output into a caller buffer.
// Correct: the kernel's max, sum and scaling all run over [off, off + n), one row per call.
// Our own code.
using System;

namespace HeldOut79.TwoVariableHeader_OffsetRows;

public static class OffsetKernel
{
    public static void Batch(float[] x, float[] y, int rows, int n)
    {
        for (int r = 0, off = 0; r < rows; r++, off += n) Row(x, y, off, n);
    }

    public static void Row(float[] x, float[] y, int off, int n)
    {
        float m = float.NegativeInfinity;
        for (int i = 0, p = off; i < n; i++, p++)
            if (x[p] > m) m = x[p];
        float s = 0f;
        for (int i = 0, p = off; i < n; i++, p++) s += y[p] = MathF.Exp(x[p] - m);
        float inv = 1f / s;
        for (int i = 0, p = off; i < n; i++, p++) y[p] *= inv;
    }
}

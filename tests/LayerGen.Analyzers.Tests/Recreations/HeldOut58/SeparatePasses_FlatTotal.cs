// HeldOut58 — a C port of a four-pass softmax over a flat batch buffer (max pass per row, exp pass, sum pass, divide
// pass), where the sum pass was written as one loop over all batch * classes elements ("s = sum(E(:))" in the MATLAB
// original) and the divide pass divides every element by it. Our own code.
// Layout: float[] flat row-major [batch, classes], offsets r * classes.
// Bug: LG0002 — the normaliser sums the whole batch, not one row (rows sum to 1/batch on average).
using System;

namespace HeldOut58.SeparatePasses_FlatTotal;

public static class CPasses
{
    public static void Softmax(float[] x, float[] y, int batch, int classes)
    {
        var rowMax = new float[batch];
        for (int r = 0; r < batch; r++)
        {
            float m = x[r * classes];
            for (int c = 1; c < classes; c++)
            {
                m = MathF.Max(m, x[r * classes + c]);
            }

            rowMax[r] = m;
        }

        for (int r = 0; r < batch; r++)
        {
            for (int c = 0; c < classes; c++)
            {
                y[r * classes + c] = MathF.Exp(x[r * classes + c] - rowMax[r]);
            }
        }

        float s = 0f;
        int count = batch * classes;
        for (int k = 0; k < count; k++)
        {
            s += y[k]; //~ LG0002
        }

        for (int k = 0; k < count; k++)
        {
            y[k] /= s;
        }
    }
}

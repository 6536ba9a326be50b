// known gap: LG0004 of a column-maximum local function called inside the exp is reported at the fold inside the local function, not at its call
// gap: -LG0004@35 +LG0004@22
// HeldOut58 — a C port with a local helper "colmax(j)" (written with while loops down column j of a row-major
// buffer) used to shift each element of a row, where the row softmax needed the row's maximum. Our own code.
// Layout: float[] flat row-major [batch, classes]; softmax per row.
// Bug: LG0004 — the shift is a maximum over the batch (one column), the sum runs over the classes of one row
// (marked where the same-type helper is called).
using System;

namespace HeldOut58.LocalFunc_ColumnMaxPerElement;

public static class CWhile
{
    public static float[] Softmax(float[] x, int batch, int classes)
    {
        float ColumnMax(int j)
        {
            float m = x[j];
            int i = 1;
            while (i < batch)
            {
                m = MathF.Max(m, x[i * classes + j]);
                i++;
            }

            return m;
        }

        var y = new float[x.Length];
        for (int r = 0; r < batch; r++)
        {
            float s = 0f;
            for (int c = 0; c < classes; c++)
            {
                y[r * classes + c] = MathF.Exp(x[r * classes + c] - ColumnMax(c)); //~ LG0004
                s += y[r * classes + c];
            }

            for (int c = 0; c < classes; c++)
            {
                y[r * classes + c] /= s;
            }
        }

        return y;
    }
}

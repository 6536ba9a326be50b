// Source: allocation-free batch softmax with stackalloc'd per-row maxima (C# inference hot paths that keep row
// statistics in stack buffers and then run flat passes over the buffer), re-created with one flat normaliser.
// Layout: flat float[] [rows, cols]; rowMax[r] lives in a stackalloc span.
// Bug LG0002: the exps are summed in one flat pass over the whole buffer, so `sum` spans every row.
using System;

namespace HeldOut6.StackallocRowMaxFlatSum;

public static class StackStatsSoftmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        Span<float> rowMax = stackalloc float[rows];
        rowMax.Fill(float.NegativeInfinity);
        for (int i = 0; i < x.Length; i++)
        {
            int r = i / cols;
            rowMax[r] = MathF.Max(rowMax[r], x[i]);
        }

        float sum = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp(x[i] - rowMax[i / cols]);
            sum += y[i]; //~ LG0002
        }

        for (int i = 0; i < x.Length; i++)
        {
            y[i] /= sum;
        }
    }
}

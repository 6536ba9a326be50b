// Re-creates: a ConvNetSharp-style softmax layer rewritten on Span<float>: exponentials per row with the row max,
// then one flat normalisation pass over the whole output span.
// Layout: flat [rows, cols] row-major, Span; softmax axis = cols. float.
// Bug: LG0002 (one total over the whole output).
using System;

namespace LayerGen.Recreations.HeldOut3.SpanFlatNormalisePass;

public static class SpanSoftmax
{
    public static void Forward(ReadOnlySpan<float> x, Span<float> y, int cols)
    {
        for (int o = 0; o < x.Length; o += cols)
        {
            ReadOnlySpan<float> row = x.Slice(o, cols);
            float max = row[0];
            for (int c = 1; c < cols; c++)
            {
                max = MathF.Max(max, row[c]);
            }

            for (int c = 0; c < cols; c++)
            {
                y[o + c] = MathF.Exp(row[c] - max);
            }
        }

        float total = 0f;
        foreach (float e in y)
        {
            total += e; //~ LG0002
        }

        for (int i = 0; i < y.Length; i++)
        {
            y[i] /= total;
        }
    }
}

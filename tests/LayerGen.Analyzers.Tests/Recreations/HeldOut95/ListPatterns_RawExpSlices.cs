// Idiom: list patterns on a span slice — `switch (row) { case []: ...; case [var only]: ...; }` guarding each row.
// Use: batched classifier output over a flat float buffer.
// Layout: flat ReadOnlySpan<float> of batch * classes, row offsets o.
// Bug (LG0003): the general case exponentiates the raw logits (no max subtracted) before normalising the row.
// Our own code.
#nullable enable
using System;

namespace HeldOut95.ListPatterns_RawExpSlices;

public static class SliceSoftmax
{
    public static void Forward(ReadOnlySpan<float> x, Span<float> y, int classes)
    {
        for (int o = 0; o + classes <= x.Length; o += classes)
        {
            ReadOnlySpan<float> row = x.Slice(o, classes);
            Span<float> dst = y.Slice(o, classes);
            switch (row)
            {
                case []:
                    continue;
                case [_]:
                    dst[0] = 1f;
                    continue;
            }

            float norm = 0f;
            for (int j = 0; j < row.Length; j++)
            {
                dst[j] = MathF.Exp(row[j]); //~ LG0003
                norm += dst[j];
            }
            for (int j = 0; j < dst.Length; j++)
                dst[j] /= norm;
        }
    }
}

// Idiom: CollectionsMarshal.AsSpan(list) over a growing List<float>, cut into rows with Span.Slice, updated in place.
// Use: softmax of logits appended to a List<float> by a streaming decoder, one row per step.
// Layout: List<float> holding steps * classes values, row-major.
// Label: Correct.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace HeldOut80.CollectionsMarshal_ListRows;

public static class ListSoftmax
{
    public static void SoftmaxInPlace(List<float> values, int classes)
    {
        Span<float> all = CollectionsMarshal.AsSpan(values);
        for (int o = 0; o + classes <= all.Length; o += classes)
        {
            Span<float> row = all.Slice(o, classes);
            float m = row[0];
            for (int j = 1; j < row.Length; j++)
            {
                if (row[j] > m) m = row[j];
            }

            float s = 0f;
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = MathF.Exp(row[j] - m);
                s += row[j];
            }

            for (int j = 0; j < row.Length; j++)
            {
                row[j] /= s;
            }
        }
    }
}

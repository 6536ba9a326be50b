// Idiom: rows handed around as `Memory<float>` (e.g. slices of a pooled sequence buffer), softmax per row through
// `row.Span`, with the max from a `while` loop and the normaliser as a reciprocal multiply.
// Layout: `IReadOnlyList<Memory<float>>` rows, in place. Correct.
using System;
using System.Collections.Generic;

namespace HeldOut55.MemoryRows_PerRow;

public static class MemorySoftmax
{
    /// <summary>In-place softmax of each row.</summary>
    public static void Softmax(IReadOnlyList<Memory<float>> rows)
    {
        for (int r = 0; r < rows.Count; r++)
        {
            Span<float> x = rows[r].Span;

            int i = 0;
            float max = float.NegativeInfinity;
            while (i < x.Length)
            {
                if (x[i] > max) max = x[i];
                i++;
            }

            float total = 0f;
            for (i = 0; i < x.Length; i++)
            {
                x[i] = MathF.Exp(x[i] - max);
                total += x[i];
            }

            float inv = 1f / total;
            for (i = 0; i < x.Length; i++)
            {
                x[i] *= inv;
            }
        }
    }
}

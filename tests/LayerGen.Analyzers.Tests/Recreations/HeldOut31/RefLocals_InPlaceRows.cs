// Idiom: in-place softmax (output written over the input) with ref locals: MemoryMarshal.GetReference and
// Unsafe.Add walking each row (allocation-free attention-score kernel).
// Layout: Span<float> scores [rows * n], row-major; ref float row = ref Unsafe.Add(ref head, r * n).
// Correct: per-row max and sum; exps overwrite the logits after the max is known.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HeldOut31.RefLocals;

/// <summary>In-place batched softmax over ref locals.</summary>
public static class InPlaceRefSoftmax
{
    /// <summary>Replaces each n-wide row of <paramref name="scores"/> by its softmax.</summary>
    public static void Forward(Span<float> scores, int rows, int n)
    {
        ref float head = ref MemoryMarshal.GetReference(scores);
        for (int r = 0; r < rows; r++)
        {
            ref float row = ref Unsafe.Add(ref head, r * n);
            float max = row;
            for (int j = 1; j < n; j++)
            {
                max = MathF.Max(max, Unsafe.Add(ref row, j));
            }

            float sum = 0f;
            for (int j = 0; j < n; j++)
            {
                ref float cell = ref Unsafe.Add(ref row, j);
                cell = MathF.Exp(cell - max);
                sum += cell;
            }

            float inv = 1f / sum;
            for (int j = 0; j < n; j++)
            {
                Unsafe.Add(ref row, j) *= inv;
            }
        }
    }
}

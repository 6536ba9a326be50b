// Idiom: variable-length rows in a padded batch (a lengths array, as for a batch of sentences): the softmax of row b runs
// over its first lengths[b] entries only, the padding is written as zeros and its (garbage) values are never read.
// Use: attention over token positions of ragged sequences. Layout: flat float[batch * maxLen], row b a span slice of
// length lengths[b]; System.Numerics.Tensors pipeline (Max, Subtract, Exp, Sum, Divide).
// Correct: the max and sum of each row are taken over that row's own valid prefix.
using System;
using System.Numerics.Tensors;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>Softmax over the valid prefix of each padded row.</summary>
public static class PaddedLengthsSoftmax
{
    /// <summary>Writes softmax over the first lengths[b] entries of each row, zeros elsewhere.</summary>
    public static void Forward(float[] scores, int[] lengths, int maxLen, float[] probabilities)
    {
        for (int b = 0; b < lengths.Length; b++)
        {
            Span<float> outRow = probabilities.AsSpan(b * maxLen, maxLen);
            outRow.Clear();
            int length = lengths[b];
            if (length == 0) continue;

            ReadOnlySpan<float> valid = scores.AsSpan(b * maxLen, length);
            Span<float> y = outRow.Slice(0, length);
            float max = TensorPrimitives.Max(valid);
            TensorPrimitives.Subtract(valid, max, y);
            TensorPrimitives.Exp(y, y);
            float sum = TensorPrimitives.Sum(y);
            TensorPrimitives.Divide(y, sum, y);
        }
    }
}

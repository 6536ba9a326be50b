// Idiom: masked softmax with a fast path: a row whose mask keeps every position is handed to the library softmax, a row
// with masked positions takes the hand-written shifted loop. Use: attention rows where most rows are unpadded.
// Layout: flat row-major spans [rows * cols] with a bool keep-mask; System.Numerics.Tensors.
// Bug (LG0003): TensorPrimitives.SoftMax subtracts no max, so the unmasked fast path overflows for scores above ~88.
using System;
using System.Numerics.Tensors;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>Masked softmax whose unmasked rows go through TensorPrimitives.SoftMax.</summary>
public static class MaskedLibraryFastPath
{
    /// <summary>Writes the masked softmax of every row into <paramref name="probabilities"/>.</summary>
    public static void Forward(ReadOnlySpan<float> scores, ReadOnlySpan<bool> keep, int rows, int cols, Span<float> probabilities)
    {
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = scores.Slice(r * cols, cols);
            ReadOnlySpan<bool> rowKeep = keep.Slice(r * cols, cols);
            Span<float> y = probabilities.Slice(r * cols, cols);
            if (rowKeep.IndexOf(false) < 0)
            {
                TensorPrimitives.SoftMax(row, y); //~ LG0003
                continue;
            }

            float max = float.NegativeInfinity;
            for (int c = 0; c < cols; c++)
            {
                if (rowKeep[c]) max = MathF.Max(max, row[c]);
            }

            if (float.IsNegativeInfinity(max))
            {
                y.Clear();
                continue;
            }

            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                y[c] = rowKeep[c] ? MathF.Exp(row[c] - max) : 0f;
                sum += y[c];
            }

            for (int c = 0; c < cols; c++)
            {
                y[c] /= sum;
            }
        }
    }
}

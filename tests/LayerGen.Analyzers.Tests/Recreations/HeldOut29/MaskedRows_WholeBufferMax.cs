// Idiom: masked softmax with a boolean keep-mask; masked positions are replaced by float.MinValue in a scratch copy so
// their exp underflows to 0, and a row with nothing kept is left at zero. Use: attention over padded key positions.
// Layout: flat row-major spans [rows * cols] with a parallel bool mask; System.Numerics.Tensors for the max.
// Bug (LG0001): the shift is TensorPrimitives.Max over the whole masked buffer (every row), not each row's max.
using System;
using System.Numerics.Tensors;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>Masked softmax over flat rows, shifted by one max of the whole buffer.</summary>
public static class MaskedWholeBufferMax
{
    /// <summary>Writes the masked softmax of every row into <paramref name="probabilities"/>.</summary>
    public static void Forward(ReadOnlySpan<float> scores, ReadOnlySpan<bool> keep, int rows, int cols, Span<float> probabilities)
    {
        float[] masked = new float[rows * cols];
        for (int i = 0; i < masked.Length; i++)
        {
            masked[i] = keep[i] ? scores[i] : float.MinValue;
        }

        float max = TensorPrimitives.Max(masked); //~ LG0001
        for (int r = 0; r < rows; r++)
        {
            int offset = r * cols;
            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                float e = keep[offset + c] ? MathF.Exp(masked[offset + c] - max) : 0f;
                probabilities[offset + c] = e;
                sum += e;
            }

            if (sum == 0f) continue;
            for (int c = 0; c < cols; c++)
            {
                probabilities[offset + c] /= sum;
            }
        }
    }
}

// Idiom: variable-length rows given by CSR-style offsets (row r is values[offsets[r] .. offsets[r + 1]]), with a fast
// path: rows shorter than 8 are done by a scalar loop, longer rows by a shifted library pipeline.
// Use: softmax over the candidates of each query in a ragged batch. Layout: flat double[] values + int[] offsets.
// Bug (LG0003): the short-row fast path exponentiates the raw scores (the author reasoned that a short row cannot
// overflow); one large score gives ∞ / ∞ = NaN there, while the long-row path subtracts the row max.
using System;
using System.Numerics.Tensors;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>Ragged-row softmax whose short-row fast path skips the max.</summary>
public static class RaggedFastPath
{
    private const int ShortRow = 8;

    /// <summary>Writes the softmax of every ragged row of <paramref name="values"/> into <paramref name="probabilities"/>.</summary>
    public static void Forward(double[] values, int[] offsets, double[] probabilities)
    {
        for (int r = 0; r + 1 < offsets.Length; r++)
        {
            int start = offsets[r], length = offsets[r + 1] - start;
            if (length == 0) continue;

            if (length < ShortRow)
            {
                double sum = 0.0;
                for (int j = start; j < start + length; j++)
                {
                    probabilities[j] = Math.Exp(values[j]); //~ LG0003
                    sum += probabilities[j];
                }

                for (int j = start; j < start + length; j++) probabilities[j] /= sum;
                continue;
            }

            ReadOnlySpan<double> row = values.AsSpan(start, length);
            Span<double> y = probabilities.AsSpan(start, length);
            double max = TensorPrimitives.Max(row);
            TensorPrimitives.Subtract(row, max, y);
            TensorPrimitives.Exp(y, y);
            TensorPrimitives.Divide(y, TensorPrimitives.Sum<double>(y), y);
        }
    }
}

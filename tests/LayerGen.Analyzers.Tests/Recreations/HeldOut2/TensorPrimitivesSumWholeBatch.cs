// Re-creates: a batched TensorPrimitives softmax whose normaliser is one TensorPrimitives.Sum over the whole flat buffer
// Layout: flat float[] row-major [rows, cols]; per-row max/subtract/exp, one Sum and Divide over everything
// Expected: LG0002 — TensorPrimitives.Sum spans every row
using System;
using System.Numerics.Tensors;

namespace HeldOut2.TensorPrimitivesSumWholeBatch;

public static class Heads
{
    public static void SoftmaxRows(float[] logits, float[] probabilities, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = logits.AsSpan(r * cols, cols);
            Span<float> target = probabilities.AsSpan(r * cols, cols);
            TensorPrimitives.Subtract(row, TensorPrimitives.Max(row), target);
            TensorPrimitives.Exp(target, target);
        }

        float total = TensorPrimitives.Sum(probabilities); //~ LG0002
        TensorPrimitives.Divide(probabilities, total, probabilities);
    }
}

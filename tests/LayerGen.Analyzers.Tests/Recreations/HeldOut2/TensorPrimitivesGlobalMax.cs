// Re-creates: a batched TensorPrimitives softmax whose max is taken once over the whole flat batch
// Layout: flat float[] row-major [rows, cols], Span<float> row slices
// Expected: LG0001 — TensorPrimitives.Max over every row
using System;
using System.Numerics.Tensors;

namespace HeldOut2.TensorPrimitivesGlobalMax;

public static class Heads
{
    public static void SoftmaxRows(float[] logits, float[] probabilities, int rows, int cols)
    {
        float max = TensorPrimitives.Max(logits); //~ LG0001
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = logits.AsSpan(r * cols, cols);
            Span<float> target = probabilities.AsSpan(r * cols, cols);
            TensorPrimitives.Subtract(row, max, target);
            TensorPrimitives.Exp(target, target);
            float sum = TensorPrimitives.Sum(target);
            TensorPrimitives.Divide(target, sum, target);
        }
    }
}

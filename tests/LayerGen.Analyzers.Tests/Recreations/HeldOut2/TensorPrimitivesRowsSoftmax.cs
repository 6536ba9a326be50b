// Re-creates: a batched softmax built from System.Numerics.Tensors TensorPrimitives calls per row (the pattern of .NET AI samples' post-processing)
// Layout: flat float[] row-major [rows, cols], Span<float> row slices, TensorPrimitives.Max/Subtract/Exp/Sum/Divide
// Expected: Correct
using System;
using System.Numerics.Tensors;

namespace HeldOut2.TensorPrimitivesRowsSoftmax;

public static class Heads
{
    public static void SoftmaxRows(float[] logits, float[] probabilities, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = logits.AsSpan(r * cols, cols);
            Span<float> target = probabilities.AsSpan(r * cols, cols);
            float max = TensorPrimitives.Max(row);
            TensorPrimitives.Subtract(row, max, target);
            TensorPrimitives.Exp(target, target);
            float sum = TensorPrimitives.Sum(target);
            TensorPrimitives.Divide(target, sum, target);
        }
    }
}

// Re-creation (our own code) of SharpNet's SoftmaxLastDimension (FranckZibi/SharpNet,
// type SharpNet.CPU.CpuTensorActivationFunctions: reshape to [-1, lastDim], softmax each row) written with
// row slices: each row is x.AsSpan(i * cols, cols) and its max comes from TensorPrimitives.Max(row).
// Layout: flat float[] [batch, classes] cut into row spans. Correct: the max is of the row slice.
using System;
using System.Numerics.Tensors;

namespace Recreations.RowSlicesTensorPrimitivesMax;

public static class LastDimensionSoftmax
{
    public static void Forward(float[] x, float[] y, int cols)
    {
        int rows = x.Length / cols;
        for (int i = 0; i < rows; i++)
        {
            ReadOnlySpan<float> row = x.AsSpan(i * cols, cols);
            Span<float> outRow = y.AsSpan(i * cols, cols);
            float max = TensorPrimitives.Max(row);
            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                outRow[j] = MathF.Exp(row[j] - max);
                sum += outRow[j];
            }

            for (int j = 0; j < cols; j++)
            {
                outRow[j] /= sum;
            }
        }
    }
}

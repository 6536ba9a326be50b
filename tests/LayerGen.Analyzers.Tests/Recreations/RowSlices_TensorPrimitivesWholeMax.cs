// Variant (our own code) of RowSlices_TensorPrimitivesMax.cs (SharpNet's SoftmaxLastDimension,
// FranckZibi/SharpNet CpuTensorActivationFunctions.cs, as row slices) where TensorPrimitives.Max is called
// on the whole flat buffer once instead of on each row slice.
// Layout: flat float[] [batch, classes], rows as AsSpan(i * cols, cols). Bug (LG0001): max over the
// flattened batch, subtracted in every row.
using System;
using System.Numerics.Tensors;

namespace Recreations.RowSlicesTensorPrimitivesWholeMax;

public static class LastDimensionSoftmax
{
    public static void Forward(float[] x, float[] y, int cols)
    {
        int rows = x.Length / cols;
        float max = TensorPrimitives.Max(x); //~ LG0001
        for (int i = 0; i < rows; i++)
        {
            ReadOnlySpan<float> row = x.AsSpan(i * cols, cols);
            Span<float> outRow = y.AsSpan(i * cols, cols);
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

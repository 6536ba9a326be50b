// Re-creation (our own code) of FranckZibi/SharpNet-style row kernels mixing System.Numerics.Tensors and scalar code:
// each row is shifted in place with TensorPrimitives.Subtract(row, max, row), then exponentiated and summed by a
// scalar loop.
// Layout: flat float[], rows as AsSpan(r * cols, cols); shift in place by a library call. Correct.
using System;
using System.Numerics.Tensors;

namespace HeldOut.TensorPrimitivesInPlaceSubtract;

public static class InPlaceRowSoftmax
{
    public static void Forward(float[] data, int cols)
    {
        for (int r = 0; r < data.Length / cols; r++)
        {
            Span<float> row = data.AsSpan(r * cols, cols);
            float max = TensorPrimitives.Max<float>(row);
            TensorPrimitives.Subtract(row, max, row);
            float sum = 0f;
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = MathF.Exp(row[j]);
                sum += row[j];
            }

            for (int j = 0; j < row.Length; j++)
            {
                row[j] /= sum;
            }
        }
    }
}

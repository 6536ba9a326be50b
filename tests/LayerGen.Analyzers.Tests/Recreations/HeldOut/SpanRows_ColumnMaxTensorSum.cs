// Variant (our own code) of FranckZibi/SharpNet's row-slice softmax (rows of a reshaped [-1, lastDim] buffer) mixing
// scalar loops and TensorPrimitives: the maxima are taken down each column with a strided scalar loop, the sums per
// row with TensorPrimitives.Sum on the row slice.
// Layout: flat float[], rows as AsSpan(r * cols, cols). Bug (LG0004): max per column, sum per row.
using System;
using System.Numerics.Tensors;

namespace HeldOut.SpanRowsColumnMaxTensorSum;

public static class MixedSoftmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        var colMax = new float[cols];
        for (int c = 0; c < cols; c++)
        {
            colMax[c] = float.NegativeInfinity;
            for (int r = 0; r < rows; r++)
            {
                colMax[c] = MathF.Max(colMax[c], x[r * cols + c]); //~ LG0004
            }
        }

        for (int r = 0; r < rows; r++)
        {
            Span<float> dst = y.AsSpan(r * cols, cols);
            for (int c = 0; c < cols; c++)
            {
                dst[c] = MathF.Exp(x[r * cols + c] - colMax[c]);
            }

            float sum = TensorPrimitives.Sum<float>(dst);
            for (int c = 0; c < cols; c++)
            {
                dst[c] /= sum;
            }
        }
    }
}

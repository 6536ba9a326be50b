// Re-creation (our own code) of mixed vectorised/scalar softmax code (FranckZibi/SharpNet's CPU kernels next to
// System.Numerics.Tensors calls): TensorPrimitives.Max and Subtract shift each row into a scratch span, and a scalar
// loop exponentiates the scratch values and sums them.
// Layout: flat float[], rows as AsSpan(r * cols, cols), scratch span. Correct.
using System;
using System.Numerics.Tensors;

namespace HeldOut.TensorPrimitivesSubtractThenLoopExp;

public static class MixedSoftmax
{
    public static void Forward(float[] x, float[] y, int cols)
    {
        var scratch = new float[cols];
        for (int r = 0; r < x.Length / cols; r++)
        {
            ReadOnlySpan<float> row = x.AsSpan(r * cols, cols);
            Span<float> dst = y.AsSpan(r * cols, cols);
            float max = TensorPrimitives.Max<float>(row);
            TensorPrimitives.Subtract(row, max, scratch);
            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                dst[j] = MathF.Exp(scratch[j]);
                sum += dst[j];
            }

            for (int j = 0; j < cols; j++)
            {
                dst[j] /= sum;
            }
        }
    }
}

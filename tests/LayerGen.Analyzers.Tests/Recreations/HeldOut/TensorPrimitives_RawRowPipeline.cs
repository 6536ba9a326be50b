// Re-creation (our own code) of SteffenBlake/Atomic.Net's SoftMaxMapBlock (TensorPrimitives over float blocks)
// unrolled by hand into TensorPrimitives.Exp, Sum and Divide over each row of a flat batch, i.e. the same
// computation as the library's SoftMax, applied row by row.
// Layout: flat float[], rows as AsSpan(r * cols, cols). Bug (LG0003): TensorPrimitives.Exp of raw rows.
using System;
using System.Numerics.Tensors;

namespace HeldOut.TensorPrimitivesRawRowPipeline;

public static class BlockSoftmax
{
    public static void Forward(float[] input, float[] output, int cols)
    {
        for (int r = 0; r < input.Length / cols; r++)
        {
            ReadOnlySpan<float> row = input.AsSpan(r * cols, cols);
            Span<float> dst = output.AsSpan(r * cols, cols);
            TensorPrimitives.Exp(row, dst); //~ LG0003
            float sum = TensorPrimitives.Sum<float>(dst);
            TensorPrimitives.Divide(dst, sum, dst);
        }
    }
}

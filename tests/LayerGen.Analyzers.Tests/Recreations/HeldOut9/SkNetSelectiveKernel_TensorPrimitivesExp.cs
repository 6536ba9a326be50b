// Source: Selective Kernel Networks fuse/select step (SKNet `SKConv`), re-created with TensorPrimitives for the
// element-wise part.
// Layout: flat float[] [M, C] branch-major, softmax over branches per channel (column sums).
// Bug (LG0003): TensorPrimitives.Exp exponentiates the raw branch logits, no max subtracted.
using System;
using System.Numerics.Tensors;

namespace LayerGen.Recreations.HeldOut9;

public static class SkNetSelectiveKernel_TensorPrimitivesExp
{
    public static void BranchAttention(float[] logits, int branches, int channels, float[] attention)
    {
        TensorPrimitives.Exp(logits, attention); //~ LG0003
        var colSum = new float[channels];
        for (int b = 0; b < branches; b++)
        {
            TensorPrimitives.Add(colSum, attention.AsSpan(b * channels, channels), colSum);
        }

        for (int b = 0; b < branches; b++)
        {
            Span<float> row = attention.AsSpan(b * channels, channels);
            TensorPrimitives.Divide(row, colSum, row);
        }
    }
}

// gaps24 (issue 8, recall): a softmax down the columns written with span-to-span TensorPrimitives calls: Exp of each
// row, an element-wise Add of each row into a span of column sums, then an element-wise Divide by it. Shapes from SKNet
// (selective kernel, softmax over branches per channel) and attention over a column axis, re-created in layouts
// HeldOut9's SkNetSelectiveKernel_TensorPrimitivesExp does not use: jagged double rows, and a flat ReadOnlySpan<float>
// [branches, channels] with Slice, the exp inside the branch loop.
// Bug (LG0003): no maximum subtracted before TensorPrimitives.Exp; columns offset by ±1000 give inf / inf or 0 / 0.
using System;
using System.Numerics.Tensors;

namespace Recreations.TensorPrimitivesColumnsRawExp;

public static class TensorPrimitivesColumns
{
    // jagged rows, double, softmax over rows per column (sum over the row loop): raw
    public static void ColumnSoftmaxJagged(double[][] logits, double[][] p)
    {
        int cols = logits[0].Length;
        var sums = new double[cols];
        for (int r = 0; r < logits.Length; r++)
        {
            TensorPrimitives.Exp<double>(logits[r], p[r]); //~ LG0003
            TensorPrimitives.Add<double>(sums, p[r], sums);
        }

        for (int r = 0; r < logits.Length; r++) TensorPrimitives.Divide<double>(p[r], sums, p[r]);
    }

    // Span (flat, [branches, channels]), float, stackalloc-free; exp per slice in the loop: raw
    public static void BranchSpan(ReadOnlySpan<float> logits, Span<float> att, int branches, int channels)
    {
        Span<float> total = new float[channels];
        for (int b = 0; b < branches; b++)
        {
            TensorPrimitives.Exp(logits.Slice(b * channels, channels), att.Slice(b * channels, channels)); //~ LG0003
            TensorPrimitives.Add(att.Slice(b * channels, channels), total, total);
        }

        for (int b = 0; b < branches; b++) TensorPrimitives.Divide(att.Slice(b * channels, channels), total, att.Slice(b * channels, channels));
    }
}

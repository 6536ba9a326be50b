// gaps24: correct twins of TensorPrimitivesColumns_RawExp: the column maximum folded with an element-wise
// TensorPrimitives.Max(acc, row, acc) and subtracted with TensorPrimitives.Subtract before Exp (jagged double; flat
// float span started from the first branch), a per-row TensorPrimitives softmax (scalar Max, Sum), and a look-alike
// that divides one exp by another element-wise (no sum of exps). Correct: silent.
using System;
using System.Numerics.Tensors;

namespace Recreations.TensorPrimitivesColumnsShifted;

public static class TensorPrimitivesColumns
{
    // ---- correct twins: column max by element-wise Max, subtracted before Exp
    public static void ColumnSoftmaxJaggedShifted(double[][] logits, double[][] p)
    {
        int cols = logits[0].Length;
        var max = new double[cols];
        max.AsSpan().Fill(double.NegativeInfinity);
        for (int r = 0; r < logits.Length; r++) TensorPrimitives.Max<double>(max, logits[r], max);
        var sums = new double[cols];
        for (int r = 0; r < logits.Length; r++)
        {
            TensorPrimitives.Subtract<double>(logits[r], max, p[r]);
            TensorPrimitives.Exp<double>(p[r], p[r]);
            TensorPrimitives.Add<double>(sums, p[r], sums);
        }

        for (int r = 0; r < logits.Length; r++) TensorPrimitives.Divide<double>(p[r], sums, p[r]);
    }

    public static void BranchSpanShifted(ReadOnlySpan<float> logits, Span<float> att, int branches, int channels)
    {
        Span<float> hi = logits.Slice(0, channels).ToArray();
        for (int b = 1; b < branches; b++) TensorPrimitives.Max(hi, logits.Slice(b * channels, channels), hi);
        Span<float> total = new float[channels];
        for (int b = 0; b < branches; b++)
        {
            Span<float> row = att.Slice(b * channels, channels);
            TensorPrimitives.Subtract(logits.Slice(b * channels, channels), hi, row);
            TensorPrimitives.Exp(row, row);
            TensorPrimitives.Add(total, row, total);
        }

        for (int b = 0; b < branches; b++) TensorPrimitives.Divide(att.Slice(b * channels, channels), total, att.Slice(b * channels, channels));
    }

    // look-alike: per-row softmax with TensorPrimitives and a scalar max (already correct)
    public static void RowSoftmax(float[] x, float[] y, int cols)
    {
        for (int o = 0; o < x.Length; o += cols)
        {
            var row = y.AsSpan(o, cols);
            TensorPrimitives.Subtract(x.AsSpan(o, cols), TensorPrimitives.Max(x.AsSpan(o, cols)), row);
            TensorPrimitives.Exp(row, row);
            TensorPrimitives.Divide(row, TensorPrimitives.Sum(row), row);
        }
    }

    // look-alike: element-wise ratio of two unrelated exps (no sum of exps divided by)
    public static void Ratio(float[] a, float[] b, float[] y)
    {
        var eb = new float[b.Length];
        TensorPrimitives.Exp(a, y);
        TensorPrimitives.Exp(b, eb);
        TensorPrimitives.Divide(y, eb, y);
    }
}

// Global max and global average pooling of a row, concatenated (8 inputs to 2 outputs), as in "concat pooling".
// Re-creates: fastai's AdaptiveConcatPool for one channel (shape only; our own code).
// expect: gradient
// rows: no-ties
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(8, 2)]
public partial class GlobalMaxAndMeanConcat
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double max = x[0], sum = x[0];
        for (int i = 1; i < x.Length; i++)
        {
            max = Math.Max(max, x[i]);
            sum += x[i];
        }
        y[0] = max;
        y[1] = sum / x.Length;
    }
}

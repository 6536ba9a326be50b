// expect: gradient
// Softmax within each chunk of 4 of a 12-wide row (per-head attention weights stored side by side, or
// torch.softmax(x.view(3, 4), dim=-1)): an outer loop over groups with a base index, Math.Max for the max, a
// second inner loop that normalises. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(12)]
partial class GroupedSoftmax
{
    const int GroupSize = 4;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int g = 0; g < x.Length / GroupSize; g++)
        {
            int baseIndex = g * GroupSize;
            double max = x[baseIndex];
            for (int j = 1; j < GroupSize; j++) max = Math.Max(max, x[baseIndex + j]);
            double sum = 0;
            for (int j = 0; j < GroupSize; j++)
            {
                y[baseIndex + j] = Math.Exp(x[baseIndex + j] - max);
                sum += y[baseIndex + j];
            }
            for (int j = 0; j < GroupSize; j++) y[baseIndex + j] /= sum;
        }
    }
}

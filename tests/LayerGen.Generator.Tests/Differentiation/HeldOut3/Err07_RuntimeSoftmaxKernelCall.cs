// expect: error
// A sharpened softmax that calls LayerGen's own runtime kernel, Softmax.Forward(x, y, cols), and then squares and
// renormalises: ForwardRow calls a method whose body the generator does not see (a user might hope LayerGen knows its
// own kernels; the subset lists Math/MathF calls). Expected: an LG11xx error at the Softmax.Forward call. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class SharpenedRuntimeSoftmax
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        Softmax.Forward(x, y, x.Length); //~ LG11
        float sum = 0f;
        for (int i = 0; i < y.Length; i++)
        {
            y[i] = y[i] * y[i];
            sum += y[i];
        }
        for (int i = 0; i < y.Length; i++) y[i] /= sum;
    }
}

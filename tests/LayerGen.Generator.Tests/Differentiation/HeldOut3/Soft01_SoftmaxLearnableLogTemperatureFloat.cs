// expect: gradient
// Softmax with a learnable temperature (as in CLIP's logit_scale, stored as a log): t = exp(logT), softmax(x / t),
// the row max subtracted first. Float, ternary max. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class SoftmaxLearnableTemperature
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(1)] ReadOnlySpan<float> logTemperature)
    {
        float t = MathF.Exp(logTemperature[0]);
        float max = x[0];
        for (int i = 1; i < x.Length; i++)
            max = x[i] > max ? x[i] : max;
        float sum = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp((x[i] - max) / t);
            sum += y[i];
        }
        for (int i = 0; i < x.Length; i++)
            y[i] /= sum;
    }
}

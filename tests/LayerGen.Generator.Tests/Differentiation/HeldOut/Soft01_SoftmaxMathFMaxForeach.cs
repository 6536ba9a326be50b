// Softmax in float: max via `foreach` and MathF.Max from float.NegativeInfinity, exps into y, divide by the sum.
// Re-creates: llama2.c softmax(x, size) (max, expf(x - max), sum, normalise), on spans.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(10)]
public partial class SoftmaxMathFMaxForeach
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float max = float.NegativeInfinity;
        foreach (float v in x)
        {
            max = MathF.Max(max, v);
        }
        float sum = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp(x[i] - max);
            sum += y[i];
        }
        for (int i = 0; i < x.Length; i++)
        {
            y[i] /= sum;
        }
    }
}

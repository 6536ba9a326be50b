// expect: error
// A softmax with a debugging check left in: Debug.Assert(float.IsFinite(sum)). A call of a method outside the
// differentiable subset; expected: an LG11xx error at the Debug.Assert line (the user deletes it). Our own code.
using System;
using System.Diagnostics;
using LayerGen;

[DifferentiableLayer(4)]
partial class SoftmaxWithAssert
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float max = MathF.Max(MathF.Max(x[0], x[1]), MathF.Max(x[2], x[3]));
        float sum = 0f;
        for (int i = 0; i < 4; i++)
        {
            y[i] = MathF.Exp(x[i] - max);
            sum += y[i];
        }
        Debug.Assert(float.IsFinite(sum), "softmax sum must be finite"); //~ LG11
        for (int i = 0; i < 4; i++) y[i] /= sum;
    }
}

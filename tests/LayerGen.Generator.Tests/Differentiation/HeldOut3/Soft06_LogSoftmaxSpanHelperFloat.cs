// expect: gradient
// Log-softmax through a LogSumExp helper that takes the row as a span and has two loops (max, then sum) and a
// return, as C# ports of scipy.special.logsumexp write it; y = x - lse. Float. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class LogSoftmaxHelper
{
    static float LogSumExp(ReadOnlySpan<float> v)
    {
        float max = float.NegativeInfinity;
        for (int i = 0; i < v.Length; i++)
            if (v[i] > max) max = v[i];
        float sum = 0f;
        for (int i = 0; i < v.Length; i++)
            sum += MathF.Exp(v[i] - max);
        return max + MathF.Log(sum);
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float lse = LogSumExp(x);
        for (int i = 0; i < x.Length; i++)
            y[i] = x[i] - lse;
    }
}

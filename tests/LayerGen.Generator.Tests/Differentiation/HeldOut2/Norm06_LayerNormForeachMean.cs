// LayerNorm with gain and bias, eps inside the square root, the mean taken with foreach and the variance as E[x^2] - mean^2.
// Re-creates: the one-pass LayerNorm of many C# ports (sum and sum of squares in one loop) (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(8)]
public partial class LayerNormForeachMean
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(8, Initial = 1)] ReadOnlySpan<double> gamma, [Learnable(8)] ReadOnlySpan<double> beta)
    {
        double sum = 0, sumSq = 0;
        foreach (var v in x)
        {
            sum += v;
            sumSq += v * v;
        }
        double mean = sum / x.Length;
        double variance = sumSq / x.Length - mean * mean;
        double denom = Math.Sqrt(variance + 1e-5);
        for (int i = 0; i < x.Length; i++)
            y[i] = gamma[i] * ((x[i] - mean) / denom) + beta[i];
    }
}

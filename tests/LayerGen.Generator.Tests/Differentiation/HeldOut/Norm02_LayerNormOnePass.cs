// LayerNorm in double, one pass: var = E[x²] − E[x]², no learnable parameters, `foreach` over x.
// Re-creates: the one-pass variance of many NumPy snippets, `var = (x**2).mean() - x.mean()**2`.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class LayerNormOnePass
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double sum = 0, sumOfSquares = 0;
        foreach (var v in x)
        {
            sum += v;
            sumOfSquares += v * v;
        }
        double mean = sum / x.Length;
        double variance = sumOfSquares / x.Length - mean * mean;
        double std = Math.Sqrt(variance + 1e-5);
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = (x[i] - mean) / std;
        }
    }
}

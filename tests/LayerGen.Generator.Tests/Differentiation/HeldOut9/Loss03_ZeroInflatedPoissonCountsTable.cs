// Count models: the zero-inflated Poisson log-likelihood of six observed counts (a static int table) under rates
// λ = softplus(x) + 1e-3 from the row and a learnable zero-inflation logit; log k! from a static table; the zero and
// non-zero cases chosen by an if on the table's count.
// Shape: Lambert (1992) ZIP regression, as pscl/statsmodels' ZeroInflatedPoisson loglike, ported to C#.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(6)]
public partial class ZeroInflatedPoissonCountsTable
{
    static readonly int[] Counts = { 0, 0, 2, 5, 1, 0 };
    static readonly double[] LogFactorial = { 0.0, 0.0, 0.69314718055994531, 1.791759469228055, 3.1780538303479458, 4.7874917427820458 };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(1, Initial = -1)] ReadOnlySpan<double> zeroLogit)
    {
        double pi = 0.5 * (1 + Math.Tanh(0.5 * zeroLogit[0]));
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            double lambda = Math.Max(v, 0) + double.LogP1(Math.Exp(-Math.Abs(v))) + 1e-3;
            int k = Counts[i];
            if (k == 0)
                y[i] = Math.Log(pi + (1 - pi) * Math.Exp(-lambda));
            else
                y[i] = Math.Log(1 - pi) + k * Math.Log(lambda) - lambda - LogFactorial[k];
        }
    }
}

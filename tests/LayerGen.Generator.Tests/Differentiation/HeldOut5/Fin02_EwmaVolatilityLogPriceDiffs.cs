// RiskMetrics EWMA volatility (λ = 0.94) over a row of log prices: log returns r_t = p_t − p_{t−1},
// σ²_t = λσ²_{t−1} + (1 − λ) r²_t seeded with r₁², annualised σ_t = √(252 σ²_t + ε). A tied row (equal
// neighbours) gives zero returns, where the square root sits at ε.
// rows: no-ties
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(10, 9)]
public partial class EwmaVolatilityLogPriceDiffs
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const double lambda = 0.94;
        double variance = 0;
        for (int t = 1; t < x.Length; t++)
        {
            double r = x[t] - x[t - 1];
            variance = t == 1 ? r * r : lambda * variance + (1 - lambda) * r * r;
            y[t - 1] = Math.Sqrt(252 * variance + 1e-12);
        }
    }
}

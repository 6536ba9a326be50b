// Competitive Langmuir adsorption of four gases: partial pressures 2 softplus(x), learnable log equilibrium constants;
// coverages θᵢ = Kᵢpᵢ / (1 + Σ Kⱼpⱼ) and the vacant-site fraction as the fifth output (foreach over a stackalloc span).
// Shape of: the multi-component Langmuir isotherm of surface-chemistry texts as coded in adsorption-fitting scripts (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(4, 5)]
public partial class LangmuirCompetitiveAdsorption
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(4)] ReadOnlySpan<double> logK)
    {
        Span<double> loading = stackalloc double[4];
        for (int i = 0; i < 4; i++)
        {
            double pressure = x[i] > 30 ? 2 * x[i] : 2 * Math.Log(1 + Math.Exp(x[i]));
            loading[i] = Math.Exp(logK[i]) * pressure;
        }

        double denominator = 1;
        foreach (double kp in loading) denominator += kp;
        for (int i = 0; i < 4; i++) y[i] = loading[i] / denominator;
        y[4] = 1 / denominator;
    }
}

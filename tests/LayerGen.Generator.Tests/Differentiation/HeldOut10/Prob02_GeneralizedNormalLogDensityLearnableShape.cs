// expect: gradient
// Probabilistic layers: the generalised normal (exponential power, Subbotin) log-density
// log p = log β − log 2α − log Γ(1/β) − (|x − μ|/α)^β with learnable μ, log α and log β (β = 2 is Gaussian, 1 Laplace),
// log Γ by a shift-by-six recurrence and Stirling's series in a helper, as a scipy.stats.gennorm port writes it.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(6)]
public partial class GeneralizedNormalLogDensityLearnableShape
{
    static double LogGamma(double z)
    {
        double shift = 0.0;
        for (int k = 0; k < 6; k++)
        {
            shift += Math.Log(z);
            z += 1.0;
        }
        double inv = 1.0 / z, inv2 = inv * inv;
        double series = inv * (1.0 / 12.0 - inv2 * (1.0 / 360.0 - inv2 / 1260.0));
        return (z - 0.5) * Math.Log(z) - z + 0.5 * Math.Log(2.0 * Math.PI) + series - shift;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1)] ReadOnlySpan<double> location,
                           [Learnable(1)] ReadOnlySpan<double> logScale,
                           [Learnable(1, Initial = 0.5)] ReadOnlySpan<double> logShape)
    {
        double alpha = Math.Exp(logScale[0]), beta = Math.Exp(logShape[0]);
        double normaliser = Math.Log(beta) - Math.Log(2.0 * alpha) - LogGamma(1.0 / beta);
        for (int i = 0; i < x.Length; i++)
        {
            double u = Math.Abs(3.0 * Math.Tanh(x[i] / 3.0) - location[0]) / alpha;
            y[i] = normaliser - Math.Pow(u, beta);
        }
    }
}

// expect: gradient
// Materials / adsorption: the Sips (Langmuir–Freundlich) isotherm q = q_m (Kc)^n / (1 + (Kc)^n) and the Tóth
// isotherm q = q_m c / (1/K + c^t)^(1/t), as an adsorption-fitting script writes both side by side. Concentrations are a
// thresholded softplus of the row (PyTorch's threshold 20); learnable log q_m, log K, log n and log t.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(6, 12)]
public partial class SipsTothIsothermsLearnable
{
    static double Softplus(double v) => v > 20.0 ? v : Math.Log(1.0 + Math.Exp(v));

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = 1.0)] ReadOnlySpan<double> logCapacity,
                           [Learnable(1)] ReadOnlySpan<double> logAffinity,
                           [Learnable(1, Initial = -0.3)] ReadOnlySpan<double> logSipsExponent,
                           [Learnable(1, Initial = -0.5)] ReadOnlySpan<double> logTothExponent)
    {
        double qm = Math.Exp(logCapacity[0]), k = Math.Exp(logAffinity[0]);
        double n = Math.Exp(logSipsExponent[0]), t = Math.Exp(logTothExponent[0]);
        for (int i = 0; i < x.Length; i++)
        {
            double c = Softplus(x[i]) + 1e-3;
            double kcn = Math.Pow(k * c, n);
            y[i] = qm * kcn / (1.0 + kcn);
            y[x.Length + i] = qm * c / Math.Pow(1.0 / k + Math.Pow(c, t), 1.0 / t);
        }
    }
}

// Electrochemistry: Butler–Volmer current density at an overpotential per entry, with learnable log exchange current
// density and anodic transfer coefficient (logit; cathodic = 1 − anodic), then a mass-transport limit j/(1 + |j|/j_lim).
// Shape: Bard & Faulkner eq. 3.4.11 as written in a battery-model notebook, ported to C# with a tuple helper.
// expect: gradient
// rows: no-large
// exp(α f η) overflows at η = 100 V (f = F/RT ≈ 38.9 per volt).
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(8)]
public partial class ButlerVolmerCurrentLimited
{
    const double Faraday = 96485.332, GasConstant = 8.314462, Temperature = 298.15;
    const double LimitingCurrent = 5.0;

    static (double anodic, double cathodic) Branches(double eta, double alphaA, double j0)
    {
        double f = Faraday / (GasConstant * Temperature);
        return (j0 * Math.Exp(alphaA * f * eta), j0 * Math.Exp(-(1 - alphaA) * f * eta));
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(1, Initial = -2)] ReadOnlySpan<double> logExchangeCurrent,
        [Learnable(1)] ReadOnlySpan<double> alphaLogit)
    {
        double alpha = 0.5 * (1 + Math.Tanh(0.5 * alphaLogit[0]));
        double j0 = Math.Exp(logExchangeCurrent[0]);
        for (int i = 0; i < x.Length; i++)
        {
            double eta = 0.1 * x[i];   // volts
            var (anodic, cathodic) = Branches(eta, alpha, j0);
            double j = anodic - cathodic;
            y[i] = j / (1 + Math.Abs(j) / LimitingCurrent);
        }
    }
}

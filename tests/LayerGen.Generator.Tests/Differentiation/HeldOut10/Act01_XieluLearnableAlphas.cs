// expect: gradient
// Activations: xIELU (Huang & Schlag 2025, "Deriving activation functions via integration"): for v > 0
// α_p v² + β v, otherwise α_n (expm1(min(v, ε)) − v) + β v, with α_p = softplus(a_p) and α_n = β + softplus(a_n)
// learnable per layer and β = 0.5, ε = −1e-6, as the reference PyTorch module writes it (double.ExpM1, Math.Min).
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(8)]
public partial class XieluLearnableAlphas
{
    const double Beta = 0.5, Eps = -1e-6;

    static double Softplus(double v) => Math.Log(1.0 + Math.Exp(-Math.Abs(v))) + Math.Max(v, 0.0);

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = 0.55)] ReadOnlySpan<double> positiveRaw,
                           [Learnable(1, Initial = 0.55)] ReadOnlySpan<double> negativeRaw)
    {
        double alphaP = Softplus(positiveRaw[0]);
        double alphaN = Beta + Softplus(negativeRaw[0]);
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = v > 0
                ? alphaP * v * v + Beta * v
                : alphaN * (double.ExpM1(Math.Min(v, Eps)) - v) + Beta * v;
        }
    }
}

// Economics: expected CRRA utility of a four-outcome lottery (payoffs 0.5 + 2σ(x) hundred dollars, probabilities a softmax of the
// other half), u(c) = (c^(1−ρ) − 1)/(1 − ρ) written as expm1((1 − ρ) ln c)/(1 − ρ) with the log-utility limit at ρ = 1,
// its certainty equivalent u⁻¹(EU) via log1p, and the risk premium; learnable relative risk aversion ρ.
// Shape: a behavioural-economics notebook (Arrow–Pratt, Holt–Laury style estimation), ported to C# with double.ExpM1/LogP1.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(8, 3)]
public partial class CrraCertaintyEquivalentExpm1
{
    static double Utility(double c, double rho)
    {
        double k = 1 - rho;
        if (Math.Abs(k) < 1e-8) return Math.Log(c);
        return double.ExpM1(k * Math.Log(c)) / k;
    }

    static double InverseUtility(double u, double rho)
    {
        double k = 1 - rho;
        if (Math.Abs(k) < 1e-8) return Math.Exp(u);
        return Math.Exp(double.LogP1(k * u) / k);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(1, Initial = 2)] ReadOnlySpan<double> riskAversion)
    {
        double rho = riskAversion[0];
        ReadOnlySpan<double> payoffLogits = x[..4];
        ReadOnlySpan<double> probabilityLogits = x[4..];

        double max = double.NegativeInfinity;
        foreach (double v in probabilityLogits) max = Math.Max(max, v);
        double total = 0;
        for (int j = 0; j < 4; j++) total += Math.Exp(probabilityLogits[j] - max);

        double expectedUtility = 0, expectedPayoff = 0;
        for (int j = 0; j < 4; j++)
        {
            double p = Math.Exp(probabilityLogits[j] - max) / total;
            double v = payoffLogits[j];
            double c = 0.5 + (1 + Math.Tanh(0.5 * v));   // 0.5 + 2σ(v)
            expectedUtility += p * Utility(c, rho);
            expectedPayoff += p * c;
        }
        double certaintyEquivalent = InverseUtility(expectedUtility, rho);
        y[0] = expectedUtility;
        y[1] = certaintyEquivalent;
        y[2] = expectedPayoff - certaintyEquivalent;
    }
}

// expect: gradient
// Ordinal regression head with cumulative logits (McCullagh's proportional odds, as in mord / statsmodels OrderedModel):
// learnable ordered cut-points θ_k = θ_0 + Σ softplus(δ_j), and for each score s of the row the class probabilities
// P(k) = σ(θ_k − s) − σ(θ_{k−1} − s), four classes. A branch-stable sigmoid helper; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(3, 12)]
public partial class CumulativeLogitOrdinalProbabilities
{
    const int Classes = 4;

    static double Sigmoid(double v)
    {
        if (v >= 0)
            return 1.0 / (1.0 + Math.Exp(-v));
        double e = Math.Exp(v);
        return e / (1.0 + e);
    }

    static double Softplus(double v) => v > 20 ? v : Math.Log(1.0 + Math.Exp(v));

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = -1.0)] ReadOnlySpan<double> firstCut,
                           [Learnable(Classes - 2, Initial = 0.5)] ReadOnlySpan<double> gaps)
    {
        Span<double> cuts = stackalloc double[Classes - 1];
        cuts[0] = firstCut[0];
        for (int k = 1; k < cuts.Length; k++)
            cuts[k] = cuts[k - 1] + Softplus(gaps[k - 1]);

        for (int i = 0; i < x.Length; i++)
        {
            double previous = 0.0;
            for (int k = 0; k < Classes; k++)
            {
                double cumulative = k < Classes - 1 ? Sigmoid(cuts[k] - x[i]) : 1.0;
                y[i * Classes + k] = cumulative - previous;
                previous = cumulative;
            }
        }
    }
}

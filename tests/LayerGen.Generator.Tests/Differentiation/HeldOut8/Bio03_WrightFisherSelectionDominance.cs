// Deterministic one-locus selection with dominance over eight generations: p' = (p² w₁₁ + p q w₁₂) / w̄ with
// w₁₁ = 1 + s, w₁₂ = 1 + h s, w₂₂ = 1; the row holds logit p₀ and a selection coefficient per generation (s = tanh/2),
// h = σ(learnable); the output is the allele frequency after each generation (foreach over a range, y[g++]).
// Shape of: the population-genetics recursion of Gillespie's / Hartl & Clark's textbooks as coded in course notebooks (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(9, 8)]
public partial class WrightFisherSelectionDominance
{
    static double Logistic(double v) => v >= 0 ? 1 / (1 + Math.Exp(-v)) : Math.Exp(v) / (1 + Math.Exp(v));

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1)] ReadOnlySpan<double> dominanceLogit)
    {
        double h = Logistic(dominanceLogit[0]);
        double p = Logistic(x[0]);
        int g = 0;
        foreach (double raw in x[1..])
        {
            double s = 0.5 * Math.Tanh(raw);
            double q = 1 - p;
            double wAA = 1 + s, wAa = 1 + h * s;
            double mean = p * p * wAA + 2 * p * q * wAa + q * q;
            p = (p * p * wAA + p * q * wAa) / mean;
            y[g++] = p;
        }
    }
}

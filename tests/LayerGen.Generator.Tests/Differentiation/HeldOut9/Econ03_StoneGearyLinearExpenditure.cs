// Economics: the Stone–Geary linear expenditure system, demands q_i = γ_i + (β_i/p_i)(m − Σ p_j γ_j) for four goods with
// log prices ±0.3 (tanh of the row) and income 10–15, learnable subsistence quantities γ and budget-share logits (β by a
// softmax); the fifth output is the indirect utility (m − Σ p γ) / Π p_i^β_i.
// Shape: Stone (1954) as in an applied-demand notebook (the LES before AIDS), ported to C#.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(5)]
public partial class StoneGearyLinearExpenditure
{
    const int Goods = 4;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(Goods, Initial = 0.5, StandardDeviation = 0.1)] ReadOnlySpan<double> subsistence,
        [Learnable(Goods)] ReadOnlySpan<double> shareLogits)
    {
        Span<double> price = stackalloc double[Goods];
        Span<double> share = stackalloc double[Goods];
        double income = 10 + 5 * 0.5 * (1 + Math.Tanh(0.5 * x[Goods]));

        double committed = 0, top = shareLogits[0], norm = 0;
        for (int i = 0; i < Goods; i++)
        {
            price[i] = Math.Exp(0.3 * Math.Tanh(x[i]));
            committed += price[i] * subsistence[i];
            top = Math.Max(top, shareLogits[i]);
        }
        for (int i = 0; i < Goods; i++) { share[i] = Math.Exp(shareLogits[i] - top); norm += share[i]; }

        double supernumerary = income - committed;
        double logPriceIndex = 0;
        for (int i = 0; i < Goods; i++)
        {
            share[i] /= norm;
            y[i] = subsistence[i] + share[i] / price[i] * supernumerary;
            logPriceIndex += share[i] * Math.Log(price[i]);
        }
        y[Goods] = supernumerary / Math.Exp(logPriceIndex);
    }
}

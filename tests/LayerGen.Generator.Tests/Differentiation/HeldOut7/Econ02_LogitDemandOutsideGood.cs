// Multinomial-logit market shares with an outside good (Berry's logit demand): u_j = α_j − β·p_j for five products
// priced by the row, the outside option's utility 0, shares exp(u_j) / (1 + Σ exp(u_k)) computed with a max shift that
// includes the outside option; α learnable per product and β = exp(b). Output: the five shares and the outside share.
// Shape of PyBLP's logit share computation, written from memory.
// A user expects gradients for the prices, α and b.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(5, 6)]
public partial class LogitDemandOutsideGood
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(5, Initial = 1)] ReadOnlySpan<double> alpha,
                           [Learnable(1)] ReadOnlySpan<double> logPriceSensitivity)
    {
        double beta = Math.Exp(logPriceSensitivity[0]);
        Span<double> utility = stackalloc double[5];
        double max = 0; // the outside good
        for (int j = 0; j < 5; j++)
        {
            utility[j] = alpha[j] - beta * x[j];
            max = Math.Max(max, utility[j]);
        }

        double outside = Math.Exp(-max);
        double denominator = outside;
        for (int j = 0; j < 5; j++)
        {
            y[j] = Math.Exp(utility[j] - max);
            denominator += y[j];
        }
        for (int j = 0; j < 5; j++) y[j] /= denominator;
        y[5] = outside / denominator;
    }
}

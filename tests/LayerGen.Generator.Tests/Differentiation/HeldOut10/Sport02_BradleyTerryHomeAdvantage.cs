// expect: gradient
// Sports ratings: the Bradley–Terry model with a home-field advantage (Agresti's form), log-likelihood of a fixed season
// of six games from static readonly home/away/result tables, P(home wins) = σ(θ_home − θ_away + h), ties counted as
// half a win. Team strengths are the row; learnable h. Outputs each game's log-likelihood and the season total.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(4, 7)]
public partial class BradleyTerryHomeAdvantage
{
    static readonly int[] Home = { 0, 1, 2, 3, 0, 2 };
    static readonly int[] Away = { 1, 2, 3, 0, 2, 1 };
    static readonly double[] HomeResult = { 1.0, 0.0, 0.5, 1.0, 1.0, 0.0 };

    static double LogSigmoid(double v) => v >= 0 ? -Math.Log(1.0 + Math.Exp(-v)) : v - Math.Log(1.0 + Math.Exp(v));

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1, Initial = 0.3)] ReadOnlySpan<double> homeAdvantage)
    {
        double total = 0.0;
        for (int g = 0; g < Home.Length; g++)
        {
            double margin = x[Home[g]] - x[Away[g]] + homeAdvantage[0];
            double s = HomeResult[g];
            y[g] = s * LogSigmoid(margin) + (1.0 - s) * LogSigmoid(-margin);
            total += y[g];
        }
        y[6] = total;
    }
}

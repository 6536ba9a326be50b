// expect: gradient
// rows: no-large
// ratings of 1500 ± 200 000 put 10^(±1000) into E = 1/(1 + 10^(−gΔ/400)): the forward saturates and the chain meets ∞·0.
// Ratings: Glickman's Glicko-1 expected score with the rating-deviation attenuation g(RD) = 1/√(1 + 3q²RD²/π²) and
// one rating-period update r′ = r + q/(1/RD² + 1/d²)·Σ g(RD_j)(s_j − E_j) against three opponents from a const
// result table, as a chess-rating script writes it with Math.Pow(10, …). Row: ratings (1500 + 200x) | log RD offsets.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(8, 5)]
public partial class GlickoExpectedScoreUpdate
{
    static readonly double[] Scores = { 1.0, 0.0, 0.5 };
    const double Q = 0.0057565;   // ln(10) / 400

    static double G(double rd) => 1.0 / Math.Sqrt(1.0 + 3.0 * Q * Q * rd * rd / (Math.PI * Math.PI));

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double r = 1500.0 + 200.0 * x[0];
        double rd = 50.0 + 300.0 / (1.0 + Math.Exp(-x[4]));
        double dInverse = 0.0, sum = 0.0;
        for (int j = 0; j < 3; j++)
        {
            double rj = 1500.0 + 200.0 * x[1 + j];
            double rdj = 50.0 + 300.0 / (1.0 + Math.Exp(-x[5 + j]));
            double g = G(rdj);
            double expected = 1.0 / (1.0 + Math.Pow(10.0, -g * (r - rj) / 400.0));
            y[j] = expected;
            dInverse += Q * Q * g * g * expected * (1.0 - expected);
            sum += g * (Scores[j] - expected);
        }
        double precision = 1.0 / (rd * rd) + dInverse;
        y[3] = r + Q / precision * sum;
        y[4] = Math.Sqrt(1.0 / precision);
    }
}

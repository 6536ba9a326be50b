// expect: gradient
// Finance: expected log growth of a Kelly bettor, G = Σ_s p_s log(1 + Σ_a f_a r_{a,s}), with the wealth fractions
// f = 0.9·softmax(x) over three assets plus cash (the last logit), scenario probabilities and returns in static
// readonly tables (a 3-asset × 4-scenario grid flattened), as a portfolio notebook writes it. Outputs G | f | wealth per scenario.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(4, 9)]
public partial class KellyLogGrowthSoftmaxFractions
{
    static readonly double[] Probabilities = { 0.3, 0.4, 0.2, 0.1 };
    static readonly double[] Returns =
    {
         0.20, 0.05, -0.10, -0.40,     // asset 0 in scenarios 0..3
         0.10, 0.08,  0.02, -0.15,
        -0.05, 0.02,  0.10,  0.30,
    };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double max = x[0];
        for (int i = 1; i < x.Length; i++) if (x[i] > max) max = x[i];
        Span<double> f = stackalloc double[4];
        double sum = 0.0;
        for (int i = 0; i < 4; i++) { f[i] = Math.Exp(x[i] - max); sum += f[i]; }
        for (int i = 0; i < 4; i++) f[i] = 0.9 * f[i] / sum;

        double growth = 0.0;
        for (int s = 0; s < 4; s++)
        {
            double wealth = 1.0;
            for (int a = 0; a < 3; a++) wealth += f[a] * Returns[a * 4 + s];
            growth += Probabilities[s] * Math.Log(wealth);
            y[5 + s] = wealth;
        }
        y[0] = growth;
        f.CopyTo(y.Slice(1, 4));
    }
}

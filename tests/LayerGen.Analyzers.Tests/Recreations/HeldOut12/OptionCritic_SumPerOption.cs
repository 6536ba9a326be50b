// Source: option-critic intra-option policies (Bacon, Harb & Precup 2017): π_ω(a | s) = softmax_a(θ[ω, s, a]).
// Layout: rank-3 double[options, states, actions]; normalisers kept per option in an array.
// Bug: LG0002 — each option's normaliser sums over all its states' actions, not one state's actions.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class OptionCritic_SumPerOption
{
    public static double[,,] Policies(double[,,] theta)
    {
        int options = theta.GetLength(0), states = theta.GetLength(1), actions = theta.GetLength(2);
        var pi = new double[options, states, actions];
        var z = new double[options];
        for (int o = 0; o < options; o++)
        {
            for (int s = 0; s < states; s++)
            {
                double peak = double.NegativeInfinity;
                for (int a = 0; a < actions; a++)
                {
                    peak = Math.Max(peak, theta[o, s, a]);
                }

                for (int a = 0; a < actions; a++)
                {
                    pi[o, s, a] = Math.Exp(theta[o, s, a] - peak);
                    z[o] += pi[o, s, a]; //~ LG0002
                }
            }
        }

        for (int o = 0; o < options; o++)
        {
            for (int s = 0; s < states; s++)
            {
                for (int a = 0; a < actions; a++)
                {
                    pi[o, s, a] /= z[o];
                }
            }
        }

        return pi;
    }
}

// Source: option-critic intra-option policies (Bacon, Harb & Precup 2017; jeanharb/option_critic tabular version):
// π_ω(a | s) = softmax_a(θ[ω, s, a] / T). Layout: rank-3 double[options, states, actions]; per-(option, state) peaks
// stored in a double[options, states] array by a first pass.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class OptionCritic_IntraOptionPolicies
{
    public static double[,,] Policies(double[,,] theta, double temperature)
    {
        int options = theta.GetLength(0), states = theta.GetLength(1), actions = theta.GetLength(2);
        var peak = new double[options, states];
        for (int o = 0; o < options; o++)
        {
            for (int s = 0; s < states; s++)
            {
                peak[o, s] = double.NegativeInfinity;
                for (int a = 0; a < actions; a++)
                {
                    peak[o, s] = Math.Max(peak[o, s], theta[o, s, a] / temperature);
                }
            }
        }

        var pi = new double[options, states, actions];
        for (int o = 0; o < options; o++)
        {
            for (int s = 0; s < states; s++)
            {
                double z = 0.0;
                for (int a = 0; a < actions; a++)
                {
                    pi[o, s, a] = Math.Exp(theta[o, s, a] / temperature - peak[o, s]);
                    z += pi[o, s, a];
                }

                for (int a = 0; a < actions; a++)
                {
                    pi[o, s, a] /= z;
                }
            }
        }

        return pi;
    }
}

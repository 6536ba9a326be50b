// Source: smoothed (stochastic) fictitious play in a population of agents (Fudenberg & Kreps 1993; Hofbauer &
// Sandholm 2002): logit responses exp(U_i(a) / tau) / sum_a' exp(U_i(a') / tau) to the opponents' empirical mix.
// Layout: payoff matrices `double[][,]` (one per agent), opponent mixture `double[]`, expected payoffs in a
// `double[agents, actions]`, a per-action peak array filled while the payoffs are computed.
// Bug (LG0004): action a is shifted by the best payoff of action a over all agents (a column peak), while each
// agent's normaliser sums over its own actions: the shift is not constant within one agent's distribution, and an
// agent whose payoffs lie far below the others' underflows to 0/0.
using System;

namespace HeldOut18.FictitiousPlay_PeakPerActionOverAgents;

public static class SmoothedFictitiousPlay
{
    public static void LogitResponses(double[][,] payoffs, double[] opponentMix, double temperature, double[,] strategy)
    {
        int agents = payoffs.Length;
        int actions = payoffs[0].GetLength(0);
        var u = new double[agents, actions];
        var peak = new double[actions];
        for (int a = 0; a < actions; a++)
        {
            peak[a] = double.NegativeInfinity;
        }

        for (int n = 0; n < agents; n++)
        {
            for (int a = 0; a < actions; a++)
            {
                double expected = 0.0;
                for (int b = 0; b < opponentMix.Length; b++)
                {
                    expected += payoffs[n][a, b] * opponentMix[b];
                }

                u[n, a] = expected / temperature;
                peak[a] = Math.Max(peak[a], u[n, a]); //~ LG0004
            }
        }

        for (int n = 0; n < agents; n++)
        {
            double z = 0.0;
            for (int a = 0; a < actions; a++)
            {
                strategy[n, a] = Math.Exp(u[n, a] - peak[a]);
                z += strategy[n, a];
            }

            for (int a = 0; a < actions; a++)
            {
                strategy[n, a] /= z;
            }
        }
    }
}

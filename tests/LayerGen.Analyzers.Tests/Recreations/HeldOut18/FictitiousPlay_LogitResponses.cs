// Source: smoothed (stochastic) fictitious play in a population of agents (Fudenberg & Kreps 1993; Hofbauer &
// Sandholm 2002, "On the global convergence of stochastic fictitious play"): each agent plays the logit response
// sigma_i(a) = exp(U_i(a) / tau) / sum_a' exp(U_i(a') / tau) to the empirical frequencies of the opponents'
// actions, U_i(a) = sum_b A_i[a, b] n_b / N.
// Layout: `IReadOnlyList<Agent>` of `sealed record Agent(string Name, double[,] Payoff)`, opponent action counts
// `int[]`, mixed strategies into `double[agents, actions]`; the classic (unsmoothed) best response is kept too.
// Correct: each agent's expected payoffs are shifted by that agent's own best payoff (which is also its best
// response, an argmax used for the count update).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut18.FictitiousPlay_LogitResponses;

public sealed record Agent(string Name, double[,] Payoff);

public static class SmoothedFictitiousPlay
{
    public static int[] LogitResponses(IReadOnlyList<Agent> agents, int[] opponentCounts, double temperature, double[,] strategy)
    {
        int total = opponentCounts.Sum();
        var bestResponse = new int[agents.Count];
        for (int n = 0; n < agents.Count; n++)
        {
            double[,] payoff = agents[n].Payoff;
            int actions = payoff.GetLength(0);
            var u = new double[actions];
            double best = double.NegativeInfinity;
            for (int a = 0; a < actions; a++)
            {
                double expected = 0.0;
                for (int b = 0; b < opponentCounts.Length; b++)
                {
                    expected += payoff[a, b] * opponentCounts[b];
                }

                u[a] = expected / total / temperature;
                if (u[a] > best)
                {
                    best = u[a];
                    bestResponse[n] = a;
                }
            }

            double z = 0.0;
            for (int a = 0; a < actions; a++)
            {
                strategy[n, a] = Math.Exp(u[a] - best);
                z += strategy[n, a];
            }

            for (int a = 0; a < actions; a++)
            {
                strategy[n, a] /= z;
            }
        }

        return bestResponse;
    }
}

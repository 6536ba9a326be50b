// Idiom: Boltzmann (softmax) exploration over a tabular Q-table with a temperature: p(s, a) = exp(Q(s, a) / t) /
// sum_b exp(Q(s, b) / t), the formula AForge.NET's BoltzmannExploration documents; here the behaviour policy of every
// state at once (logged after each episode of a gridworld agent). Written as our own code.
// Layout: double[states, actions] row-major; one softmax per state (row); per-state max with an `if` fold.
// Correct.
using System;

namespace HeldOut46.QTable_BoltzmannPerState;

public static class BoltzmannPolicy
{
    public static double[,] ActionProbabilities(double[,] q, double temperature)
    {
        int states = q.GetLength(0);
        int actions = q.GetLength(1);
        var pi = new double[states, actions];
        for (int s = 0; s < states; s++)
        {
            double best = q[s, 0];
            for (int a = 1; a < actions; a++)
            {
                if (q[s, a] > best) best = q[s, a];
            }

            double z = 0.0;
            for (int a = 0; a < actions; a++)
            {
                pi[s, a] = Math.Exp((q[s, a] - best) / temperature);
                z += pi[s, a];
            }

            for (int a = 0; a < actions; a++)
            {
                pi[s, a] /= z;
            }
        }

        return pi;
    }
}

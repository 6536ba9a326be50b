// Idiom: Boltzmann (softmax) exploration over a tabular Q-function, one distribution per state, temperature tau.
// Use: action-selection probabilities for every state of a grid-world Q-table (inspired by the AForge/Accord
// BoltzmannExploration policy and Python BoltzmannExploration classes: exp(Q(s, a) / t) / SUM_b exp(Q(s, b) / t)).
// Layout: double[states, actions], row-major, plain for loops, Math.Max fold per state row.
// Correct: each state's row is shifted by its own maximum Q before exp and divided by its own sum.
using System;

namespace HeldOut64.QTableBoltzmann_PerStateRows;

public static class BoltzmannExploration
{
    public static double[,] ActionProbabilities(double[,] q, double temperature)
    {
        int states = q.GetLength(0);
        int actions = q.GetLength(1);
        var probabilities = new double[states, actions];
        for (int s = 0; s < states; s++)
        {
            double best = double.NegativeInfinity;
            for (int a = 0; a < actions; a++)
            {
                best = Math.Max(best, q[s, a]);
            }

            double z = 0.0;
            for (int a = 0; a < actions; a++)
            {
                double w = Math.Exp((q[s, a] - best) / temperature);
                probabilities[s, a] = w;
                z += w;
            }

            for (int a = 0; a < actions; a++)
            {
                probabilities[s, a] /= z;
            }
        }

        return probabilities;
    }
}

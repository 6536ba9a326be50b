// Source: tabular Q-learning with Boltzmann exploration (AiDotNet ReinforcementLearning Policies.Exploration
// BoltzmannExploration<T>: P(a) = exp(Q(a)/tau) / sum exp(Q(a')/tau)), re-created for a whole Q[s, a] table.
// Layout: double[states, actions]; one softmax over actions per state.
// Correct: per-state max of Q/tau subtracted; per-state sum.
using System;

namespace HeldOut6.QTableBoltzmannAllStates;

public sealed class BoltzmannTable
{
    public double Temperature { get; }

    public BoltzmannTable(double temperature) => Temperature = temperature;

    public double[,] Policy(double[,] q)
    {
        int states = q.GetLength(0);
        int actions = q.GetLength(1);
        var pi = new double[states, actions];
        for (int s = 0; s < states; s++)
        {
            double maxScaled = double.MinValue;
            for (int a = 0; a < actions; a++)
            {
                maxScaled = Math.Max(maxScaled, q[s, a] / Temperature);
            }

            double z = 0;
            for (int a = 0; a < actions; a++)
            {
                pi[s, a] = Math.Exp(q[s, a] / Temperature - maxScaled);
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

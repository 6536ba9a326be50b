// Idiom: Boltzmann exploration over each agent's Q values, the shift taken as one peak over the whole squad.
// Use: per-agent action probabilities for a squad of bots, temperature-scaled Q rows.
// Layout: jagged double[agents][actions].
// Bug (LG0001): the max is taken over every agent's Q row, not per agent; an agent far below the best one underflows to 0/0.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut98.BoltzmannAgents_JaggedBatchMax;

public static class SquadBoltzmann
{
    public static double[][] Probabilities(double[][] q, double temperature)
    {
        double peak = q.Max(row => row.Max()); //~ LG0001
        var policy = new double[q.Length][];
        for (int g = 0; g < q.Length; g++)
        {
            double[] row = q[g];
            var e = new double[row.Length];
            double z = 0;
            for (int a = 0; a < row.Length; a++)
            {
                e[a] = Math.Exp((row[a] - peak) / temperature);
                z += e[a];
            }

            for (int a = 0; a < row.Length; a++)
            {
                e[a] /= z;
            }

            policy[g] = e;
        }

        return policy;
    }
}

// Re-creates: Boltzmann exploration in a C# Q-learning agent (game AI), written with LINQ
// Layout: IReadOnlyList<double> of action values, LINQ Max / Select / Sum
// Expected: Correct
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut2.GameAiBoltzmannLinq;

public static class Exploration
{
    public static double[] Boltzmann(IReadOnlyList<double> qValues, double temperature)
    {
        double best = qValues.Max();
        double[] weights = qValues.Select(q => Math.Exp((q - best) / temperature)).ToArray();
        double total = weights.Sum();
        return weights.Select(w => w / total).ToArray();
    }
}

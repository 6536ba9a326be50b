// Source: evolution strategies with softmax fitness shaping (natural ES / cross-entropy-method style recombination
// weights in C# optimisers such as SharpNEAT-adjacent ES code), re-created with LINQ Select-with-index.
// Layout: one population's fitness values (1-D); weights = softmax(fitness / temperature).
// Correct: subtract the population's best scaled fitness before exp.
using System;
using System.Linq;

namespace HeldOut6.EvolutionStrategyFitnessWeights;

public static class FitnessShaping
{
    public static double[] Weights(double[] fitness, double temperature)
    {
        double best = fitness.Max() / temperature;
        double[] unnormalised = fitness.Select((f, i) => Math.Exp(fitness[i] / temperature - best)).ToArray();
        double total = unnormalised.Sum();
        return unnormalised.Select(u => u / total).ToArray();
    }

    public static double[] Recombine(double[][] population, double[] weights)
    {
        var mean = new double[population[0].Length];
        for (int i = 0; i < population.Length; i++)
        {
            for (int d = 0; d < mean.Length; d++)
            {
                mean[d] += weights[i] * population[i][d];
            }
        }

        return mean;
    }
}

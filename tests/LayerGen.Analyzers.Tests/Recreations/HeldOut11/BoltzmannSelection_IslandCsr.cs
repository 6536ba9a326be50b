// Re-creates the shape of Boltzmann selection in an island-model genetic algorithm (de la Maza & Tidor 1993; the
// Boltzmann/softmax selection operators of GA libraries such as DEAP/jMetal/GeneticSharp extensions): within each
// island, P(select i) = exp(f_i / T) / sum_j exp(f_j / T).
// Layout: flat double[] fitness of the whole population, CSR int[] islandStart (islands + 1 entries), each island read
// through a ReadOnlySpan slice, Span output.
// Correct: the max and the sum run over the individuals of one island.
using System;

namespace HeldOut11;

public static class BoltzmannSelection_IslandCsr
{
    public static void SelectionProbabilities(double[] fitness, int[] islandStart, double temperature, double[] probability)
    {
        for (int island = 0; island + 1 < islandStart.Length; island++)
        {
            int start = islandStart[island];
            int count = islandStart[island + 1] - start;
            ReadOnlySpan<double> f = fitness.AsSpan(start, count);
            Span<double> p = probability.AsSpan(start, count);
            double fittest = f[0];
            for (int i = 1; i < count; i++)
                if (f[i] > fittest)
                    fittest = f[i];
            double total = 0.0;
            for (int i = 0; i < count; i++)
            {
                p[i] = Math.Exp((f[i] - fittest) / temperature);
                total += p[i];
            }
            for (int i = 0; i < count; i++)
                p[i] /= total;
        }
    }
}

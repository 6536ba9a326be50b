// Re-creates the shape of Boltzmann selection in an island-model genetic algorithm (de la Maza & Tidor 1993; the
// Boltzmann/softmax selection operators of GA libraries such as DEAP/jMetal/GeneticSharp extensions): within each
// island, P(select i) = exp(f_i / T) / sum_j exp(f_j / T).
// Layout: flat double[] fitness, CSR int[] islandStart, while loops over islands and individuals.
// Bug (LG0002): the normaliser is shared by the whole population (declared above the island loop), so each island's
// probabilities sum to its share of the population total.
using System;

namespace HeldOut11;

public static class BoltzmannSelection_PopulationNormaliser
{
    public static void SelectionProbabilities(double[] fitness, int[] islandStart, double temperature, double[] probability)
    {
        double total = 0.0;
        int island = 0;
        while (island + 1 < islandStart.Length)
        {
            int end = islandStart[island + 1];
            double fittest = double.NegativeInfinity;
            int i = islandStart[island];
            while (i < end)
                fittest = Math.Max(fittest, fitness[i++]);
            i = islandStart[island];
            while (i < end)
            {
                probability[i] = Math.Exp((fitness[i] - fittest) / temperature);
                total += probability[i]; //~ LG0002
                i++;
            }
            island++;
        }
        for (int i = 0; i < probability.Length; i++)
            probability[i] /= total;
    }
}

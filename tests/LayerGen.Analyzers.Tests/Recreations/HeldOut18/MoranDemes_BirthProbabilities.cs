// Source: Moran process with exponential fitness mapping (Traulsen, Shoresh & Nowak 2008, "Analytical results for
// individual and group selection of any intensity"), structured as an island model: in every deme the next parent
// is of type i with probability n_i exp(beta f_i) / sum_j n_j exp(beta f_j).
// Layout: flat `double[]` payoffs and `int[]` counts [deme * types + i], one `ArraySegment` per deme,
// `Parallel.For` over demes; absent types (n_i = 0) are skipped.
// Correct: each deme shifts by its own largest beta f_i over the types present in it; the deme's mean fitness is
// computed too (not a softmax).
using System;
using System.Threading.Tasks;

namespace HeldOut18.MoranDemes_BirthProbabilities;

public static class IslandMoran
{
    public static double[] BirthProbabilities(double[] fitness, int[] counts, int types, double selection, double[] birth)
    {
        int demes = fitness.Length / types;
        var meanFitness = new double[demes];
        Parallel.For(0, demes, d =>
        {
            var f = new ArraySegment<double>(fitness, d * types, types);
            var n = new ArraySegment<int>(counts, d * types, types);

            double top = double.NegativeInfinity;
            double weightedFitness = 0.0;
            int population = 0;
            for (int i = 0; i < f.Count; i++)
            {
                if (n[i] == 0)
                {
                    continue;
                }

                weightedFitness += n[i] * f[i];
                population += n[i];
                if (selection * f[i] > top)
                {
                    top = selection * f[i];
                }
            }

            meanFitness[d] = weightedFitness / population;

            double z = 0.0;
            for (int i = 0; i < f.Count; i++)
            {
                double w = n[i] > 0 ? n[i] * Math.Exp(selection * f[i] - top) : 0.0;
                birth[d * types + i] = w;
                z += w;
            }

            for (int i = 0; i < f.Count; i++)
            {
                birth[d * types + i] /= z;
            }
        });

        return meanFitness;
    }
}

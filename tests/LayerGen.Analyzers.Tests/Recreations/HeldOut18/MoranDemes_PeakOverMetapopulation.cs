// Source: Moran process with exponential fitness mapping (Traulsen, Shoresh & Nowak 2008), island model: parent
// type drawn per deme with probability n_i exp(beta f_i) / sum_j n_j exp(beta f_j).
// Layout: flat `double[]` payoffs [deme * types + i] with `int[]` counts, LINQ `Max` for the reference payoff,
// `Parallel.For` over demes writing through `ArraySegment`s.
// Bug (LG0001): the reference payoff is the largest payoff of the whole metapopulation, so a deme far below it
// underflows to 0/0.
using System;
using System.Linq;
using System.Threading.Tasks;

namespace HeldOut18.MoranDemes_PeakOverMetapopulation;

public static class IslandMoran
{
    public static void BirthProbabilities(double[] fitness, int[] counts, int types, double selection, double[] birth)
    {
        int demes = fitness.Length / types;
        double top = selection * fitness.Max(); //~ LG0001
        Parallel.For(0, demes, d =>
        {
            var f = new ArraySegment<double>(fitness, d * types, types);
            var n = new ArraySegment<int>(counts, d * types, types);
            var b = new ArraySegment<double>(birth, d * types, types);
            double z = 0.0;
            for (int i = 0; i < types; i++)
            {
                b[i] = n[i] * Math.Exp(selection * f[i] - top);
                z += b[i];
            }

            for (int i = 0; i < types; i++)
            {
                b[i] /= z;
            }
        });
    }
}

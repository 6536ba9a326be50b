// Idiom: q-state Potts heat-bath sweep, Boltzmann factors of the local field taken as they are, roulette draw with System.Random
// Layout: jagged double[sites][q] fields and probabilities
// Bug (LG0003): exp(beta h) with no maximum subtracted (overflows once beta h > ~709)
using System;

namespace HeldOut45.PottsGibbs_RawFieldExp;

public static class GibbsSampler
{
    public static int[] Sweep(double[][] h, double beta, Random rng, double[][] p)
    {
        var spins = new int[h.Length];
        for (int i = 0; i < h.Length; i++)
        {
            double[] w = p[i];
            double z = 0;
            for (int s = 0; s < h[i].Length; s++)
            {
                w[s] = Math.Exp(beta * h[i][s]); //~ LG0003
                z += w[s];
            }

            for (int s = 0; s < w.Length; s++)
                w[s] /= z;

            double r = rng.NextDouble(), acc = 0;
            int pick = w.Length - 1;
            for (int s = 0; s < w.Length; s++)
            {
                acc += w[s];
                if (r < acc)
                {
                    pick = s;
                    break;
                }
            }

            spins[i] = pick;
        }

        return spins;
    }
}

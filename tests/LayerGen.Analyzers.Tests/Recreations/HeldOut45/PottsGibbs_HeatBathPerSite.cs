// Idiom: q-state Potts model heat-bath (Gibbs) sweep, P(s_i = a) = exp(beta h_ia) / sum_b exp(beta h_ib), then a cumulative draw
// Layout: double[sites, q] local fields, double[sites, q] conditional probabilities, uniforms per site
// Correct
using System;

namespace HeldOut45.PottsGibbs_HeatBathPerSite;

public static class PottsHeatBath
{
    public static int[] Sweep(double[,] localField, double beta, double[] uniforms, double[,] probabilities)
    {
        int sites = localField.GetLength(0);
        int q = localField.GetLength(1);
        var spins = new int[sites];
        for (int i = 0; i < sites; i++)
        {
            double hMax = double.NegativeInfinity;
            for (int a = 0; a < q; a++)
                hMax = Math.Max(hMax, beta * localField[i, a]);

            double norm = 0;
            for (int a = 0; a < q; a++)
            {
                probabilities[i, a] = Math.Exp(beta * localField[i, a] - hMax);
                norm += probabilities[i, a];
            }

            double cumulative = 0;
            spins[i] = q - 1;
            bool chosen = false;
            for (int a = 0; a < q; a++)
            {
                probabilities[i, a] /= norm;
                cumulative += probabilities[i, a];
                if (!chosen && uniforms[i] < cumulative)
                {
                    spins[i] = a;
                    chosen = true;
                }
            }
        }

        return spins;
    }
}

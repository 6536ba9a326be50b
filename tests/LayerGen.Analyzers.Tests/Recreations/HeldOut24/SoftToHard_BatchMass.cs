// Source: soft-to-hard vector quantization (Agustsson et al. 2017), the soft assignments of a batch of latents.
// Layout: row-major double[count, symbols] of negative scaled distances -sigma * ||z_i - c_j||^2, filled first from
// row-major latents double[count, dim] and centres double[symbols, dim], then normalised.
// Bug: LG0002, each row is shifted by its own peak but the normaliser is summed over every latent's row.
using System;

namespace HeldOut24.SoftToHardMass;

/// <summary>Soft assignments of a batch of latents.</summary>
public static class BatchSoftQuantizer
{
    /// <summary>Soft assignment [count, symbols] of each latent row over the centres.</summary>
    public static double[,] Assign(double[,] latents, double[,] centres, double sigma)
    {
        int count = latents.GetLength(0), dim = latents.GetLength(1), symbols = centres.GetLength(0);
        var scores = new double[count, symbols];
        for (int i = 0; i < count; i++)
        {
            for (int j = 0; j < symbols; j++)
            {
                double d2 = 0;
                for (int k = 0; k < dim; k++)
                {
                    double d = latents[i, k] - centres[j, k];
                    d2 += d * d;
                }

                scores[i, j] = -sigma * d2;
            }
        }

        var soft = new double[count, symbols];
        double mass = 0;
        for (int i = 0; i < count; i++)
        {
            double top = scores[i, 0];
            for (int j = 1; j < symbols; j++)
            {
                top = Math.Max(top, scores[i, j]);
            }

            for (int j = 0; j < symbols; j++)
            {
                soft[i, j] = Math.Exp(scores[i, j] - top);
                mass += soft[i, j]; //~ LG0002
            }
        }

        for (int i = 0; i < count; i++)
        {
            for (int j = 0; j < symbols; j++)
            {
                soft[i, j] /= mass;
            }
        }

        return soft;
    }
}

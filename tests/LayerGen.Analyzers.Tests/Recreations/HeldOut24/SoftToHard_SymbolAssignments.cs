// Source: soft-to-hard vector quantization for learned compression (Agustsson et al. 2017): each latent vector z_i is
// softly assigned to the L centres by softmax_j(-sigma * ||z_i - c_j||^2), annealed towards the hard assignment.
// Layout: ReadOnlySpan<double> latents [count, dim] and centres [symbols, dim]; negative distances in a stackalloc
// scratch Span; a private helper normalises each latent's row into an output Span slice.
// Correct.
using System;

namespace HeldOut24.SoftToHard;

/// <summary>Soft symbol assignments of a soft-to-hard quantizer.</summary>
public static class SoftQuantizer
{
    /// <summary>Writes each latent's soft assignment over the centres into <paramref name="assignments"/> [count, symbols].</summary>
    public static void SoftAssign(ReadOnlySpan<double> latents, ReadOnlySpan<double> centres, int dim, double sigma, Span<double> assignments)
    {
        int count = latents.Length / dim;
        int symbols = centres.Length / dim;
        Span<double> negativeDistance = symbols <= 128 ? stackalloc double[symbols] : new double[symbols];
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<double> z = latents.Slice(i * dim, dim);
            for (int j = 0; j < symbols; j++)
            {
                negativeDistance[j] = -sigma * SquaredDistance(z, centres.Slice(j * dim, dim));
            }

            Normalise(negativeDistance, assignments.Slice(i * symbols, symbols));
        }
    }

    private static double SquaredDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double total = 0;
        for (int k = 0; k < a.Length; k++)
        {
            double d = a[k] - b[k];
            total += d * d;
        }

        return total;
    }

    /// <summary>Softmax of one latent's scores over the centres.</summary>
    private static void Normalise(ReadOnlySpan<double> scores, Span<double> into)
    {
        double top = double.NegativeInfinity;
        foreach (double s in scores)
        {
            top = Math.Max(top, s);
        }

        double mass = 0;
        for (int j = 0; j < scores.Length; j++)
        {
            into[j] = Math.Exp(scores[j] - top);
            mass += into[j];
        }

        for (int j = 0; j < scores.Length; j++)
        {
            into[j] /= mass;
        }
    }
}

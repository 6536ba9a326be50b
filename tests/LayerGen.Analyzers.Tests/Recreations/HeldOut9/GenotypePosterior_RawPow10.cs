// Source: genotype posteriors from VCF GL fields (posterior = 10^GL / sum 10^GL), re-created as a direct port that
// skips the "normalise to the best genotype" step.
// Layout: double[samples, genotypes] log10 likelihoods.
// Bug (LG0003): 10^GL of the raw log10 likelihoods (exp(GL · ln 10)) with no max subtracted: deep-coverage GLs of
// -400 and below underflow to 0 / 0.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class GenotypePosterior_RawPow10
{
    public static double[,] Posteriors(double[,] gl)
    {
        int samples = gl.GetLength(0);
        int genotypes = gl.GetLength(1);
        var post = new double[samples, genotypes];
        for (int s = 0; s < samples; s++)
        {
            double total = 0.0;
            for (int g = 0; g < genotypes; g++)
            {
                post[s, g] = Math.Pow(10.0, gl[s, g]); //~ LG0003
                total += post[s, g];
            }

            for (int g = 0; g < genotypes; g++) post[s, g] /= total;
        }

        return post;
    }
}

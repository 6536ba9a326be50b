// Source: genotype posteriors from VCF genotype likelihoods (GL = log10 P(reads | genotype); GATK/bcftools
// normalise so the best genotype has GL 0, then posterior = 10^GL / sum 10^GL), re-created for a C# variant caller.
// Layout: flat double[] [samples * genotypes] log10 likelihoods, Math.Pow(10, gl - best) per sample. Correct.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class GenotypePosterior_Log10Shifted
{
    public static double[] Posteriors(double[] gl, int genotypes)
    {
        var post = new double[gl.Length];
        for (int o = 0; o < gl.Length; o += genotypes)
        {
            double best = gl[o];
            for (int g = 1; g < genotypes; g++) best = Math.Max(best, gl[o + g]);
            double total = 0.0;
            for (int g = 0; g < genotypes; g++)
            {
                post[o + g] = Math.Pow(10.0, gl[o + g] - best);
                total += post[o + g];
            }

            for (int g = 0; g < genotypes; g++) post[o + g] /= total;
        }

        return post;
    }
}

// Idiom: mixed logit simulation over jagged draws: each draw's utilities are exponentiated with Array.ConvertAll and the
// method group Math.Exp, normalised by their Sum(), and averaged over the draws.
// Use: simulated choice probabilities (jagged person/draw/alternative arrays).
// Layout: jagged double[person][draw][alternative].
// Bug LG0003: exp of raw utilities with no maximum subtracted; large scaled utilities overflow (inf / inf = NaN) or
// underflow to 0/0.
// Our own code.
using System;
using System.Linq;

namespace HeldOut93.MixedLogit_RawDrawExps;

public static class MaximumSimulatedLikelihood
{
    public static double[][] Probabilities(double[][][] utility)
    {
        var result = new double[utility.Length][];
        for (int n = 0; n < utility.Length; n++)
        {
            double[][] draws = utility[n];
            var avg = new double[draws[0].Length];
            foreach (double[] v in draws)
            {
                double[] e = Array.ConvertAll(v, Math.Exp); //~ LG0003
                double total = e.Sum();
                for (int j = 0; j < e.Length; j++) avg[j] += e[j] / total / draws.Length;
            }

            result[n] = avg;
        }

        return result;
    }
}

// Idiom: distractor-model option probabilities with one array per option (option-major jagged); each option's row is
// shifted by its own maximum over the examinees, while each examinee is normalised over the options.
// Layout: jagged float[options][examinees], peak[k] = z[k].Max(), MathF.
// Bug: LG0004 (max per option over examinees, sum per examinee over options).
using System;
using System.Linq;

namespace HeldOut50.OptionChoice_PeakPerOption;

public static class OptionRows
{
    public static float[][] OptionProbabilities(float[] theta, float[] a, float[] c)
    {
        int options = a.Length, examinees = theta.Length;
        var z = new float[options][];
        for (int k = 0; k < options; k++)
        {
            z[k] = new float[examinees];
            for (int n = 0; n < examinees; n++)
            {
                z[k][n] = a[k] * theta[n] + c[k];
            }
        }

        var peak = new float[options];
        for (int k = 0; k < options; k++)
        {
            peak[k] = z[k].Max(); //~ LG0004
        }

        var p = new float[options][];
        for (int k = 0; k < options; k++)
        {
            p[k] = new float[examinees];
        }

        for (int n = 0; n < examinees; n++)
        {
            float s = 0f;
            for (int k = 0; k < options; k++)
            {
                p[k][n] = MathF.Exp(z[k][n] - peak[k]);
                s += p[k][n];
            }

            for (int k = 0; k < options; k++)
            {
                p[k][n] /= s;
            }
        }

        return p;
    }
}

// Pattern (our own code; look-alikes of Logistic2_WrittenBackAndStoredDenominator that cannot give NaN): the same
// spellings where the quotient saturates. 1 − 1 / (1 + e) and 1 / d[i] with d[i] = 1 + exp(v) give 1 − 0 = 1 and
// 1 / ∞ = 0; the reciprocal written back (e = 1 / (1 + e)); the written-back quotient after a threshold exit, with a
// clamped exponent, under the branch-stable ternary and after an infinity test of the exp.
// Checked in float and double at v = ±1000: no NaN. Correct: no diagnostic.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.Logistic2_SaturatingSpellings;

/// <summary>Logistic activations in the written-back and stored-denominator spellings that saturate.</summary>
internal static class SaturatingSpellings
{
    public static float Complement(float z)
    {
        float g = MathF.Exp(z);
        g = 1f / (1f + g);
        return 1f - g;
    }

    public static void StoredReciprocal(double[] x, double[] y)
    {
        var d = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            d[i] = 1.0 + Math.Exp(x[i]);
            y[i] = 1.0 - 1.0 / d[i];
        }
    }

    public static double Thresholded(double score)
    {
        if (score > 30.0) return 1.0;
        double a = Math.Exp(score);
        a /= 1.0 + a;
        return a;
    }

    public static void Clamped(double[] x, double[] y)
    {
        var e = new double[x.Length];
        var d = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            e[i] = Math.Exp(Math.Min(x[i], 30.0));
            d[i] = 1.0 + e[i];
            y[i] = e[i] / d[i];
        }
    }

    public static double TwoClassStable(double v) =>
        v >= 0 ? 1.0 / (1.0 + Math.Exp(-v)) : Math.Exp(v) / (Math.Exp(v) + Math.Exp(0.0));

    public static float InfinityTested(float z)
    {
        float g = MathF.Exp(z);
        if (float.IsPositiveInfinity(g)) return 1f;
        g = g / (1f + g);
        return g;
    }

    public static IEnumerable<double> Map(IEnumerable<double> xs) => xs.Select(v => 1 - 1 / (1 + Math.Exp(v)));
}

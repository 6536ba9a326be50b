// Pattern (our own code; more spellings of the raw-exp logistic e / (1 + e), a reviewer's list at stop 40): the quotient
// written back into its exp (e = e / (1 + e), e /= 1 + e), a denominator stored in a buffer before the division
// (d[i] = 1 + e[i]; y[i] = e[i] / d[i]), the two-class softmax of [v, 0] with the constant logit's exp written out
// (exp(v) / (exp(v) + exp(0))), and a LINQ map over a sequence.
// Bugs: LG0003 at each exp of data: exp(v) = ∞ above ~88 (float) / ~709 (double) and ∞ / (1 + ∞) = ∞ / ∞ = NaN where
// the logistic is 1 (checked in float and double at v = +1000: NaN for every method below).
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.Logistic2_WrittenBackAndStoredDenominator;

/// <summary>Logistic activations written through exp(v), in place and with stored denominators.</summary>
internal static class WrittenBackLogistic
{
    public static float Gate(float z)
    {
        float g = MathF.Exp(z); //~ LG0003
        g /= 1f + g;
        return g;
    }

    public static double Attention(double score)
    {
        double a = Math.Exp(score); //~ LG0003
        a = a / (a + 1.0);
        return a;
    }

    public static void Activate(double[] x, double[] y)
    {
        var e = new double[x.Length];
        var d = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            e[i] = Math.Exp(x[i]); //~ LG0003
            d[i] = 1.0 + e[i];
        }

        for (int i = 0; i < x.Length; i++)
        {
            y[i] = e[i] / d[i];
        }
    }

    public static void ActivateRows(float[,] logits)
    {
        var denominators = new float[logits.GetLength(0), logits.GetLength(1)];
        for (int r = 0; r < logits.GetLength(0); r++)
        {
            for (int c = 0; c < logits.GetLength(1); c++)
            {
                logits[r, c] = MathF.Exp(logits[r, c]); //~ LG0003
                denominators[r, c] = logits[r, c] + 1f;
                logits[r, c] /= denominators[r, c];
            }
        }
    }

    public static double TwoClass(double v) => Math.Exp(v) / (Math.Exp(v) + Math.Exp(0.0)); //~ LG0003 LG0003

    public static IEnumerable<double> Map(IEnumerable<double> xs) => xs.Select(v => Math.Exp(v) / (1 + Math.Exp(v))); //~ LG0003 LG0003
}

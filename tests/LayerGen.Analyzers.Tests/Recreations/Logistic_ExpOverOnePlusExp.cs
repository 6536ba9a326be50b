// Pattern (our own code, as YOLO post-processing samples and small activation libraries write the logistic; Real56's
// dotnet/machinelearning-samples, Real57's WinML tutorial and Real58's microsoft/psi are three): the logistic written
// through exp(v) itself, e / (1 + e) — a two-class softmax over (v, 0) with no maximum subtracted.
// Layouts: a scalar helper with the exp in a local; an array map with the exp written twice inline (constant on the
// right); generic math with T.One; a forward that also returns the derivative s(1 − s) (exact for a sigmoid); a jagged
// batch walked with while loops; a LINQ lambda; the reciprocal times the exp over a 2-D buffer.
// Bugs: LG0003 at each exp (exp(v) = ∞ for v > 88 in float, 709 in double, and ∞ / ∞ = NaN where the logistic is 1;
// checked at v = +1000). The derivative s(1 − s) is no LG0007: a sigmoid's derivative is its diagonal.
using System;
using System.Linq;
using System.Numerics;

namespace Recreations.Logistic_ExpOverOnePlusExp;

/// <summary>Logistic activations written through exp(v).</summary>
internal static class ExpLogistic
{
    public static float Sigmoid(float value)
    {
        var k = MathF.Exp(value); //~ LG0003
        return k / (1f + k);
    }

    public static void SigmoidInPlace(double[] x)
    {
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = Math.Exp(x[i]) / (Math.Exp(x[i]) + 1.0); //~ LG0003 LG0003
        }
    }

    public static T Logistic<T>(T v) where T : IExponentialFunctions<T>
    {
        T e = T.Exp(v); //~ LG0003
        return e / (T.One + e);
    }

    public static void ForwardWithDerivative(float[] z, float[] activation, float[] derivative)
    {
        for (int i = 0; i < z.Length; i++)
        {
            float e = MathF.Exp(z[i]); //~ LG0003
            float s = e / (1f + e);
            activation[i] = s;
            derivative[i] = s * (1f - s);
        }
    }

    public static void GateBatch(double[][] pre)
    {
        int r = 0;
        while (r < pre.Length)
        {
            int c = 0;
            while (c < pre[r].Length)
            {
                double e = Math.Exp(pre[r][c]); //~ LG0003
                pre[r][c] = e / (e + 1);
                c++;
            }

            r++;
        }
    }

    public static double[] Probabilities(double[] scores) =>
        scores.Select(s =>
        {
            double e = Math.Exp(s); //~ LG0003
            return e / (1 + e);
        }).ToArray();

    public static void Gates(float[,] pre, float[,] gate)
    {
        for (int t = 0; t < pre.GetLength(0); t++)
        {
            for (int g = 0; g < pre.GetLength(1); g++)
            {
                float e = MathF.Exp(pre[t, g]); //~ LG0003
                float inv = 1f / (1f + e);
                gate[t, g] = e * inv;
            }
        }
    }
}

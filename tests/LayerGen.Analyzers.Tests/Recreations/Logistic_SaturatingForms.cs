// Pattern (our own code; look-alikes of the raw-exp logistic e / (1 + e)): logistic spellings that cannot give NaN.
// 1 / (1 + exp(−v)) saturates to 0 (exp(−v) = ∞ for v < −88 in float, 1 / ∞ = 0) and 1 at large v; 1 − 1 / (1 + exp(v))
// saturates the other way round (checked: v = ±100 in float gives 1 and ≈ 0, no NaN); the branch-stable form takes
// exp(v) only where v < 0 (an if/else, or after an early return); tanh written (e − 1) / (e + 1) divides no softmax.
// Correct: no diagnostic.
using System;

namespace Recreations.Logistic_SaturatingForms;

/// <summary>Logistic activations that saturate instead of overflowing.</summary>
internal static class SaturatingLogistic
{
    public static float Sigmoid(float v) => 1f / (1f + MathF.Exp(-v));

    public static float SigmoidFromComplement(float v)
    {
        float e = MathF.Exp(v);
        return 1f - 1f / (1f + e);
    }

    public static void StableSigmoid(double[] x, double[] y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] >= 0)
            {
                y[i] = 1.0 / (1.0 + Math.Exp(-x[i]));
            }
            else
            {
                double e = Math.Exp(x[i]);
                y[i] = e / (1.0 + e);
            }
        }
    }

    public static float StableSigmoidEarlyReturn(float v)
    {
        if (v >= 0f) return 1f / (1f + MathF.Exp(-v));
        float e = MathF.Exp(v);
        return e / (e + 1f);
    }

    public static float TanhThroughExp(float v)
    {
        float e = MathF.Exp(2f * Math.Clamp(v, -20f, 20f));
        return (e - 1f) / (e + 1f);
    }
}

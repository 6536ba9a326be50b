// Idiom: generic math with `IHyperbolicFunctions<T>`: scores squashed by `T.Tanh` and scaled by a fixed cap before
// `T.Exp`, with `T.CreateChecked` for the constant; no max subtracted.
// Use: a gating network whose logits are soft-capped. Layout: flat row-major `ReadOnlySpan<T>`, `experts` per token.
// Correct: every exponent lies in [-Cap, Cap] = [-8, 8] (e^8 ≈ 2981), so the raw exp can neither overflow nor
// underflow, and each row is normalised by its own sum.
// Our own code.
using System;
using System.Numerics;

namespace HeldOut94.BoundedTanh_GatedScores;

public static class Gate
{
    private const int Cap = 8;

    public static T[] Weights<T>(ReadOnlySpan<T> raw, int experts)
        where T : IFloatingPointIeee754<T>
    {
        T cap = T.CreateChecked(Cap);
        var w = new T[raw.Length];
        for (int t = 0; t < raw.Length / experts; t++)
        {
            T sum = T.Zero;
            for (int e = 0; e < experts; e++)
            {
                T capped = cap * T.Tanh(raw[t * experts + e] / cap);
                T g = T.Exp(capped);
                w[t * experts + e] = g;
                sum += g;
            }

            for (int e = 0; e < experts; e++)
            {
                w[t * experts + e] /= sum;
            }
        }

        return w;
    }

    public static float[] WeightsSingle(float[] raw, int experts) => Weights<float>(raw, experts);
}

// Idiom: generic math (`where T : IFloatingPointIeee754<T>`, T.Max, T.Exp, T.Zero) over ReadOnlySpan<T> slices.
// Use: mixture-of-experts router, one gate distribution per token.
// Layout: flat row-major T[tokens * experts], Span<T> slices.
// Label: Correct.
using System;
using System.Numerics;

namespace LayerGen.Recreations.HeldOut27;

public static class GenericMathGates
{
    /// <summary>Gate probabilities for each token, for any IEEE floating-point element type.</summary>
    public static void Gates<T>(ReadOnlySpan<T> routerLogits, Span<T> gates, int experts)
        where T : IFloatingPointIeee754<T>
    {
        int tokens = routerLogits.Length / experts;
        for (int t = 0; t < tokens; t++)
        {
            ReadOnlySpan<T> logits = routerLogits.Slice(t * experts, experts);
            Span<T> gate = gates.Slice(t * experts, experts);
            T peak = T.NegativeInfinity;
            foreach (T l in logits)
            {
                peak = T.Max(peak, l);
            }

            T denominator = T.Zero;
            for (int x = 0; x < experts; x++)
            {
                gate[x] = T.Exp(logits[x] - peak);
                denominator += gate[x];
            }

            for (int x = 0; x < experts; x++)
            {
                gate[x] /= denominator;
            }
        }
    }
}

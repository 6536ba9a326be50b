// HeldOut15 — DoReMi_RawDomainExp
// Source: DoReMi domain reweighting (Xie et al. 2023), one update step on a record holding the
// log weights.
// Layout: a record class with a float[] of log weights; excess losses ReadOnlySpan<float>; the new
// weights as a Span<float> written in place.
// Bug (LG0003): α = exp(u) / Σ exp(u) on the raw accumulated log weights (they grow with every step;
// above ~88 the float exp overflows).
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class DoReMi_RawDomainExp
{
    /// <summary>Accumulated (unnormalised) log domain weights.</summary>
    public sealed record DomainState(float[] LogWeights);

    /// <summary>One DoReMi update; the smoothed weights go to alpha.</summary>
    public static void Step(DomainState state, ReadOnlySpan<float> excess, float eta, float smoothing, Span<float> alpha)
    {
        float[] u = state.LogWeights;
        float z = 0f;
        for (int i = 0; i < u.Length; i++)
        {
            u[i] += eta * MathF.Max(excess[i], 0f);
            alpha[i] = MathF.Exp(u[i]); //~ LG0003
            z += alpha[i];
        }
        for (int i = 0; i < u.Length; i++) alpha[i] = (1 - smoothing) * alpha[i] / z + smoothing / u.Length;
    }
}

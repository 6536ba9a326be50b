// Source: Rust (1987) bus-engine replacement solved by the nested fixed point algorithm (Rust's NFXP manual; Su & Judd
// 2012; ranielin/Rust-1987-Replication): with extreme-value shocks the expected value is the log-sum-exp of the two
// choice-specific values and the conditional choice probabilities are their logit.
// Layout: generic math (IFloatingPointIeee754<T>); choice-specific values as ReadOnlySpan<T> with stride 2 (state-major:
// [keep, replace] per mileage state), the two decisions unrolled; the Bellman step uses the same shifted log-sum-exp.
// Correct.
using System;
using System.Numerics;

namespace LayerGen.Recreations.HeldOut16.RustNfxp_ChoiceProbabilities;

public static class ZurcherPolicy
{
    /// <summary>Choice-specific values of keeping (maintenance cost c·x) and replacing (cost RC) at every mileage state.</summary>
    public static T[] ChoiceValues<T>(ReadOnlySpan<T> ev, T cost, T replaceCost, T beta) where T : IFloatingPointIeee754<T>
    {
        var v = new T[2 * ev.Length];
        for (int x = 0; x < ev.Length; x++)
        {
            v[2 * x] = -cost * T.CreateChecked(x) + beta * ev[x];
            v[2 * x + 1] = -replaceCost + beta * ev[0];
        }
        return v;
    }

    /// <summary>One contraction step: ev'[x] = Σ_j p_j · log Σ_d exp v[min(x + j, last), d].</summary>
    public static T[] Contract<T>(ReadOnlySpan<T> values, ReadOnlySpan<T> jump) where T : IFloatingPointIeee754<T>
    {
        int states = values.Length / 2;
        var next = new T[states];
        for (int x = 0; x < states; x++)
        {
            T acc = T.Zero;
            for (int j = 0; j < jump.Length; j++)
            {
                int y = Math.Min(x + j, states - 1);
                T a = values[2 * y], b = values[2 * y + 1];
                T m = T.Max(a, b);
                acc += jump[j] * (m + T.Log(T.Exp(a - m) + T.Exp(b - m)));
            }
            next[x] = acc;
        }
        return next;
    }

    /// <summary>Conditional choice probabilities [keep, replace] per state, laid out like the values.</summary>
    public static void ChoiceProbabilities<T>(ReadOnlySpan<T> values, Span<T> probabilities) where T : IFloatingPointIeee754<T>
    {
        for (int x = 0; x < values.Length / 2; x++)
        {
            T keep = values[2 * x], replace = values[2 * x + 1];
            T m = T.Max(keep, replace);
            T eKeep = T.Exp(keep - m);
            T eReplace = T.Exp(replace - m);
            T z = eKeep + eReplace;
            probabilities[2 * x] = eKeep / z;
            probabilities[2 * x + 1] = eReplace / z;
        }
    }
}

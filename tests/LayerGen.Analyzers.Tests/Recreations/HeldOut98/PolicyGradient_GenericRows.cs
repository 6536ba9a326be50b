// Idiom: REINFORCE policy head written once over generic math, action probabilities per environment.
// Use: vectorised environments (one row of action logits per environment), float or double agents.
// Layout: flat ReadOnlySpan<T>/Span<T>, row-major, stepping start by actions; T : IFloatingPointIeee754<T>.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Numerics;

namespace HeldOut98.PolicyGradient_GenericRows;

public static class PolicyHead<T>
    where T : IFloatingPointIeee754<T>
{
    public static void Probabilities(ReadOnlySpan<T> logits, Span<T> probs, int actions)
    {
        for (int start = 0; start < logits.Length; start += actions)
        {
            ReadOnlySpan<T> row = logits.Slice(start, actions);
            Span<T> dst = probs.Slice(start, actions);
            T max = T.NegativeInfinity;
            foreach (T l in row) max = T.Max(max, l);

            T sum = T.Zero;
            for (int a = 0; a < actions; a++)
            {
                dst[a] = T.Exp(row[a] - max);
                sum += dst[a];
            }

            for (int a = 0; a < actions; a++) dst[a] /= sum;
        }
    }
}

// Idiom: ImmutableArray<T>.Builder with Count preset, read through ImmutableArray.AsSpan().
// Use: token-classification logits shipped as one flat immutable buffer.
// Layout: flat ImmutableArray<float>, row-major [tokens, labels], slice o .. o + labels.
// Bug (LG0003): the per-token exps are of raw logits, no maximum subtracted (overflow above ~88 in float).
// Our own code.
#nullable enable
using System;
using System.Collections.Immutable;

namespace HeldOut85.ImmutableArrayBuilder_FlatRawExp;

public static class TokenLabels
{
    public static ImmutableArray<float> Normalise(ImmutableArray<float> x, int labels)
    {
        ImmutableArray<float>.Builder y = ImmutableArray.CreateBuilder<float>(x.Length);
        y.Count = x.Length;
        ReadOnlySpan<float> src = x.AsSpan();
        for (int o = 0; o < src.Length; o += labels)
        {
            float norm = 0f;
            for (int c = 0; c < labels; c++)
            {
                float e = MathF.Exp(src[o + c]); //~ LG0003
                y[o + c] = e;
                norm += e;
            }

            for (int c = 0; c < labels; c++)
                y[o + c] /= norm;
        }

        return y.MoveToImmutable();
    }
}

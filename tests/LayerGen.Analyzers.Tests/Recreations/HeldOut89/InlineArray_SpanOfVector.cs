// Idiom: an `[InlineArray(8)]` struct of floats, converted to `Span<float>` and sliced to the live class count.
// Use: per-token class probabilities in a tagger whose tokens carry an inline eight-slot score vector.
// Layout: Token8[] — each element one softmax slice of `classes` (≤ 8) floats, stored inline.
// Correct: each token's span is shifted by its own max (`float.Exp`) and divided by its own sum.
// Our own code.
using System;
using System.Runtime.CompilerServices;

namespace HeldOut89.InlineArray_SpanOfVector;

[InlineArray(8)]
public struct Token8
{
    private float _slot;
}

public static class InlineSoftmax
{
    public static void Softmax(Token8[] tokens, Token8[] output, int classes)
    {
        for (int t = 0; t < tokens.Length; t++)
        {
            Span<float> src = tokens[t];
            Span<float> dst = output[t];
            src = src[..classes];
            dst = dst[..classes];

            float best = src[0];
            foreach (float v in src[1..])
            {
                best = float.Max(best, v);
            }

            float z = 0f;
            for (int k = 0; k < src.Length; k++)
            {
                dst[k] = float.Exp(src[k] - best);
                z += dst[k];
            }

            for (int k = 0; k < dst.Length; k++)
            {
                dst[k] /= z;
            }
        }
    }
}

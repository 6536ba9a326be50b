// Idiom: inline array struct `[InlineArray(8)]` (C# 12) holding one sample's logits, viewed as Span<float>.
// Use: a small fixed-width classifier (at most 8 classes) normalising each sample in place.
// Layout: Logits8[] (one inline array per sample), first `width` elements used.
// Correct: max, exps and sum are over one sample's buffer.
// Our own code.
#nullable enable
using System;
using System.Runtime.CompilerServices;

namespace HeldOut69.InlineArray_FixedLogits;

[InlineArray(8)]
public struct Logits8
{
    private float _element0;
}

public static class FixedSoftmax
{
    public static void Normalise(Logits8[] samples, int width)
    {
        for (int i = 0; i < samples.Length; i++) SoftmaxInPlace(ref samples[i], width);
    }

    private static void SoftmaxInPlace(ref Logits8 sample, int width)
    {
        Span<float> s = sample;
        s = s[..width];
        float max = float.NegativeInfinity;
        foreach (float v in s) max = MathF.Max(max, v);
        float sum = 0f;
        for (int k = 0; k < s.Length; k++)
        {
            s[k] = MathF.Exp(s[k] - max);
            sum += s[k];
        }

        for (int k = 0; k < s.Length; k++) s[k] /= sum;
    }
}

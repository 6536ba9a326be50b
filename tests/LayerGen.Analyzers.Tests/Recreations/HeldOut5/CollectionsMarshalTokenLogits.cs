// Source: LLM token-candidate lists in C# (List<float> logits for one step, normalised in place through
// CollectionsMarshal.AsSpan to avoid copies). Layout: List<float> per step (1-D, called per row).
// Correct: span max seeded from x[0], shifted exp in place, multiply by 1 / sum.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace LayerGen.Recreations.HeldOut5.CollectionsMarshalTokenLogitsNs;

public static class CollectionsMarshalTokenLogits
{
    public static void SoftmaxInPlace(List<float> logits)
    {
        Span<float> s = CollectionsMarshal.AsSpan(logits);
        float max = s[0];
        for (int i = 1; i < s.Length; i++) max = MathF.Max(max, s[i]);
        float sum = 0f;
        for (int i = 0; i < s.Length; i++)
        {
            s[i] = MathF.Exp(s[i] - max);
            sum += s[i];
        }
        float inv = 1f / sum;
        for (int i = 0; i < s.Length; i++) s[i] *= inv;
    }
}

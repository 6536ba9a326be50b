// Source: Listen, Attend and Spell attention over encoder frames (Chan et al. 2016; alpha = softmax(e) over the
// listener's time steps at each decoder step; the espnet `AttDot` shape), re-created.
// Layout: ReadOnlyMemory<float>[] energies (one row per decoder step), .Span access, float.
// Bug (LG0003): exp of the raw energies, no max subtracted; energies above ~88 overflow in float.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class LasAttention_MemoryRowsRaw
{
    public static float[][] Alignments(ReadOnlyMemory<float>[] energies)
    {
        var alpha = new float[energies.Length][];
        for (int step = 0; step < energies.Length; step++)
        {
            ReadOnlySpan<float> e = energies[step].Span;
            var a = new float[e.Length];
            float denom = 0f;
            for (int t = 0; t < e.Length; t++)
            {
                a[t] = MathF.Exp(e[t]); //~ LG0003
                denom += a[t];
            }
            for (int t = 0; t < a.Length; t++) a[t] /= denom;
            alpha[step] = a;
        }
        return alpha;
    }
}

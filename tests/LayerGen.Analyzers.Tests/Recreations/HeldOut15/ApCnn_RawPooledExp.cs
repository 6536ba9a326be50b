// HeldOut15 — ApCnn_RawPooledExp
// Source: attentive pooling networks (dos Santos et al. 2016), a jagged LINQ port of the
// question-side attention.
// Layout: G as jagged float[questionLen][answerLen]; row max-pooling with LINQ Max.
// Bug (LG0003): σ_q exponentiates the max-pooled scores themselves; nothing is subtracted from them
// (the pooling max is a feature, not a shift), so scores above ~88 overflow.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut15;

public static class ApCnn_RawPooledExp
{
    /// <summary>Attention over the question tokens.</summary>
    public static float[] QuestionAttention(float[][] g)
    {
        float[] gq = g.Select(row => row.Max()).ToArray();
        var e = new float[gq.Length];
        float z = 0f;
        for (int i = 0; i < gq.Length; i++)
        {
            e[i] = MathF.Exp(gq[i]); //~ LG0003
            z += e[i];
        }
        for (int i = 0; i < e.Length; i++) e[i] /= z;
        return e;
    }
}

// Idiom: `params ReadOnlySpan<float>` (C# 13) — a softmax callable with loose scalars or with an array.
// Use: gating weights; called per row of a jagged batch and with three literal scores.
// Layout: jagged float[batch][classes]; each row passed as the params span.
// Correct: the params span is one distribution; its max is subtracted.
// Our own code.
#nullable enable
using System;

namespace HeldOut69.ParamsSpan_ShiftedGate;

public static class Gate
{
    public static float[] Softmax(params ReadOnlySpan<float> scores)
    {
        float m = float.NegativeInfinity;
        foreach (float s in scores) m = MathF.Max(m, s);
        var w = new float[scores.Length];
        float sum = 0f;
        for (int i = 0; i < scores.Length; i++) sum += w[i] = MathF.Exp(scores[i] - m);
        for (int i = 0; i < w.Length; i++) w[i] /= sum;
        return w;
    }

    public static float[][] Rows(float[][] batch)
    {
        var result = new float[batch.Length][];
        for (int b = 0; b < batch.Length; b++) result[b] = Softmax(batch[b]);
        return result;
    }

    public static float[] ThreeWay(float a, float b, float c) => Softmax(a, b, c);
}

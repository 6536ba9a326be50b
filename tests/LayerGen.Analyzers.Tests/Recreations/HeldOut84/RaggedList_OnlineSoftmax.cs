// Idiom: variable-length sequences kept unpadded in a List<float[]>; one-pass online softmax (running max with
// rescaled running sum), then one normalising pass.
// Use: per-sequence attention weights without a padding mask.
// Layout: List<float[]>, each array one sequence of its own length.
// Correct: the running max and sum are reset per sequence; every exp argument is <= 0.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut84.RaggedList_OnlineSoftmax;

public static class OnlineRagged
{
    public static List<float[]> Softmax(List<float[]> sequences)
    {
        var result = new List<float[]>(sequences.Count);
        foreach (float[] seq in sequences)
        {
            float m = float.NegativeInfinity;
            float d = 0f;
            foreach (float v in seq)
            {
                float mNew = MathF.Max(m, v);
                d = d * MathF.Exp(m - mNew) + MathF.Exp(v - mNew);
                m = mNew;
            }

            var p = new float[seq.Length];
            for (int i = 0; i < seq.Length; i++) p[i] = MathF.Exp(seq[i] - m) / d;
            result.Add(p);
        }
        return result;
    }
}

// Idiom: multi-head attention weights, one jagged block per head holding all its query rows back to back; the softmax
//        slice is one query's keys.
// Use: attention-map export of a small ViT (per-head weights for visualisation and rollout).
// Layout: jagged float[heads][queries · keys], row-major inside a head (row q at q · keys).
// Bug: LG0001 — the peak is folded once per head over the whole block (every query of the head), not per query row.
// Our own code.
#nullable enable
using System;

namespace HeldOut87.MultiHead_HeadBlockPeak;

public static class AttentionMaps
{
    public static float[][] HeadWeights(float[][] scores, int keys)
    {
        var weights = new float[scores.Length][];
        for (int h = 0; h < scores.Length; h++)
        {
            float[] s = scores[h];
            float[] w = weights[h] = new float[s.Length];
            int queries = s.Length / keys;

            float peak = float.NegativeInfinity;
            for (int i = 0; i < s.Length; i++) peak = MathF.Max(peak, s[i]); //~ LG0001

            for (int q = 0; q < queries; q++)
            {
                int o = q * keys;
                float z = 0f;
                for (int k = 0; k < keys; k++)
                {
                    float e = MathF.Exp(s[o + k] - peak);
                    w[o + k] = e;
                    z += e;
                }

                for (int k = 0; k < keys; k++) w[o + k] /= z;
            }
        }

        return weights;
    }
}

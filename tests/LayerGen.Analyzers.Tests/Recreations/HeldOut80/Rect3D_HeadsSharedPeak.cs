// Idiom: rectangular float[,,] with GetLength; the peak is taken per batch item, over all heads and keys at once.
// Use: attention probabilities for a multi-head layer, [batch, heads, keys], softmax over keys per (batch, head).
// Layout: float[batch, heads, keys]; a fresh float[,,] out.
// Bug: LG0001 — the peak of item b spans every head's keys, not one (b, h) slice; a head far below the others underflows.
// Our own code.
#nullable enable
using System;

namespace HeldOut80.Rect3D_HeadsSharedPeak;

public static class MultiHead
{
    public static float[,,] Probabilities(float[,,] scores)
    {
        int batch = scores.GetLength(0), heads = scores.GetLength(1), keys = scores.GetLength(2);
        var probs = new float[batch, heads, keys];
        for (int b = 0; b < batch; b++)
        {
            float peak = float.NegativeInfinity;
            for (int h = 0; h < heads; h++)
            {
                for (int k = 0; k < keys; k++)
                {
                    peak = MathF.Max(peak, scores[b, h, k]); //~ LG0001
                }
            }

            for (int h = 0; h < heads; h++)
            {
                float sum = 0f;
                for (int k = 0; k < keys; k++)
                {
                    probs[b, h, k] = MathF.Exp(scores[b, h, k] - peak);
                    sum += probs[b, h, k];
                }

                for (int k = 0; k < keys; k++)
                {
                    probs[b, h, k] /= sum;
                }
            }
        }

        return probs;
    }
}

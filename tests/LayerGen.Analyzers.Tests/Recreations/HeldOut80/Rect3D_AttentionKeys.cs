// Idiom: rectangular double[,,] attention scores with GetLength(0..2); a helper normalises one (batch, head) slice in place.
// Use: attention weights over the key axis for every batch item and head.
// Layout: double[batch, heads, keys], softmax along dimension 2.
// Label: Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut80.Rect3D_AttentionKeys;

public static class AttentionWeights
{
    public static void Normalise(double[,,] scores)
    {
        for (int b = 0; b < scores.GetLength(0); b++)
        {
            for (int h = 0; h < scores.GetLength(1); h++)
            {
                NormaliseKeys(scores, b, h);
            }
        }
    }

    private static void NormaliseKeys(double[,,] s, int b, int h)
    {
        int keys = s.GetLength(2);
        double peak = s[b, h, 0];
        for (int k = 1; k < keys; k++)
        {
            if (s[b, h, k] > peak)
            {
                peak = s[b, h, k];
            }
        }

        double denom = 0;
        for (int k = 0; k < keys; k++)
        {
            s[b, h, k] = Math.Exp(s[b, h, k] - peak);
            denom += s[b, h, k];
        }

        for (int k = 0; k < keys; k++)
        {
            s[b, h, k] /= denom;
        }
    }
}

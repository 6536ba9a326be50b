// Idiom: multi-head content addressing, weights kept as a [slots, heads] matrix (one column per read head)
// Layout: float[slots, heads]
// Bug (LG0004): the max is taken per slot across the heads, the sum per head down the slots
using System;

namespace HeldOut42.NtmAddressing_SlotPeakAcrossHeads;

public static class HeadWeights
{
    public static float[,] Normalise(float[,] scores, float[] beta)
    {
        int slots = scores.GetLength(0);
        int heads = scores.GetLength(1);
        var w = new float[slots, heads];

        var slotMax = new float[slots];
        for (int n = 0; n < slots; n++)
        {
            float m = float.NegativeInfinity;
            for (int h = 0; h < heads; h++)
                m = MathF.Max(m, beta[h] * scores[n, h]); //~ LG0004
            slotMax[n] = m;
        }

        for (int h = 0; h < heads; h++)
        {
            float z = 0f;
            for (int n = 0; n < slots; n++)
            {
                w[n, h] = MathF.Exp(beta[h] * scores[n, h] - slotMax[n]);
                z += w[n, h];
            }

            for (int n = 0; n < slots; n++)
                w[n, h] /= z;
        }

        return w;
    }
}

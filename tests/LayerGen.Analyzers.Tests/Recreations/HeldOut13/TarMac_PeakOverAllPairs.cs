// Source: TarMAC targeted communication (Das et al. 2019), with the stabiliser found by one pointer walk over the
// whole receiver × sender score block.
// Layout: unsafe float* row-major [receivers, senders] through `fixed`.
// Bug: LG0001 — the shift is the maximum over every receiver's scores.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class TarMac_PeakOverAllPairs
{
    public static unsafe float[] Attention(float[] scores, int receivers, int senders)
    {
        var attn = new float[receivers * senders];
        fixed (float* s = scores)
        fixed (float* a = attn)
        {
            float peak = float.NegativeInfinity;
            for (float* p = s; p < s + receivers * senders; p++)
                peak = MathF.Max(peak, *p); //~ LG0001

            for (int j = 0; j < receivers; j++)
            {
                float sum = 0f;
                for (int i = 0; i < senders; i++)
                {
                    a[j * senders + i] = MathF.Exp(s[j * senders + i] - peak);
                    sum += a[j * senders + i];
                }
                for (int i = 0; i < senders; i++)
                    a[j * senders + i] /= sum;
            }
        }
        return attn;
    }
}

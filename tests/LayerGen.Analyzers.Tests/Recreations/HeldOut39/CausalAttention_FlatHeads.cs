// Idiom: causal self-attention forward, llm.c-style port (preatt scaled q·k, causal keys t2 <= t, masked tail zeroed)
// Layout: flat float[] att [B, NH, T, T] at ((b * NH + h) * T + t) * T + t2; q and k token-major [B, T, NH * hs]
// Correct
using System;

namespace HeldOut39.CausalAttention_FlatHeads;

public static class Attention
{
    public static void AttentionForward(float[] att, float[] q, float[] k, int B, int T, int NH, int hs)
    {
        int C = NH * hs;
        float scale = 1.0f / MathF.Sqrt(hs);
        for (int b = 0; b < B; b++)
        {
            for (int h = 0; h < NH; h++)
            {
                for (int t = 0; t < T; t++)
                {
                    int qOff = (b * T + t) * C + h * hs;
                    int attOff = ((b * NH + h) * T + t) * T;

                    // pass 1: q·k and the row max over the visible keys
                    float maxval = float.NegativeInfinity;
                    for (int t2 = 0; t2 <= t; t2++)
                    {
                        int kOff = (b * T + t2) * C + h * hs;
                        float val = 0.0f;
                        for (int i = 0; i < hs; i++)
                        {
                            val += q[qOff + i] * k[kOff + i];
                        }
                        val *= scale;
                        if (val > maxval)
                        {
                            maxval = val;
                        }
                        att[attOff + t2] = val;
                    }

                    // pass 2: exp and the row sum
                    float expsum = 0.0f;
                    for (int t2 = 0; t2 <= t; t2++)
                    {
                        float expv = MathF.Exp(att[attOff + t2] - maxval);
                        expsum += expv;
                        att[attOff + t2] = expv;
                    }
                    float expsumInv = expsum == 0.0f ? 0.0f : 1.0f / expsum;

                    // pass 3: normalise, zero the masked future keys
                    for (int t2 = 0; t2 < T; t2++)
                    {
                        if (t2 <= t)
                        {
                            att[attOff + t2] *= expsumInv;
                        }
                        else
                        {
                            att[attOff + t2] = 0.0f;
                        }
                    }
                }
            }
        }
    }
}

// Re-creates: Llm.cs (nietras/Llm.cs) src/Llm/Llm.cs, AttentionForward's softmax over the pre-attention scores
// Layout: flat float[] [B, NH, T, L] with computed offsets, 4 nested loops
// Expected: Correct
using System;

namespace HeldOut2.LlmCsAttentionSoftmax;

public static class Attention
{
    public static void SoftmaxScores(float[] preatt, float[] att, int B, int NH, int T, int L)
    {
        for (int b = 0; b < B; b++)
        {
            for (int t = 0; t < T; t++)
            {
                for (int h = 0; h < NH; h++)
                {
                    int rowOffset = b * NH * T * L + h * T * L + t * L;
                    float maxval = -10000.0f;
                    for (int t2 = 0; t2 < L; t2++)
                    {
                        float val = preatt[rowOffset + t2];
                        if (val > maxval) { maxval = val; }
                    }

                    float expsum = 0.0f;
                    for (int t2 = 0; t2 < L; t2++)
                    {
                        float expv = MathF.Exp(preatt[rowOffset + t2] - maxval);
                        expsum += expv;
                        att[rowOffset + t2] = expv;
                    }

                    float expsumInv = expsum == 0.0f ? 0.0f : 1.0f / expsum;
                    for (int t2 = 0; t2 < L; t2++)
                    {
                        att[rowOffset + t2] *= expsumInv;
                    }
                }
            }
        }
    }
}

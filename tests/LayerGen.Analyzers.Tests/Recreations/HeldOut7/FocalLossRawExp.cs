// known gap: LG0005 on log(pt + 1e-9) of the softmax probability (a true LG0005 pattern; labels here cover LG0001-LG0004 only)
// gap: +LG0005@33
// Source: focal loss written from scratch in C# (Lin et al. 2017; shape of hand-rolled detection-head losses in
// C# object-detection training code): softmax per sample, then -alpha (1 - p_t)^gamma log p_t.
// Layout: jagged float[][] [batch][classes]; softmax over each inner array.
// Bug LG0003: the logits are exponentiated without subtracting the row maximum.
using System;

namespace HeldOut7.FocalLossRawExp
{
    public static class FocalLoss
    {
        public static float Compute(float[][] logits, int[] labels, float gamma, float alpha, float[][] probs)
        {
            float loss = 0f;
            for (int n = 0; n < logits.Length; n++)
            {
                float[] row = logits[n];
                float[] p = probs[n];
                float denom = 0f;
                for (int k = 0; k < row.Length; k++)
                {
                    p[k] = MathF.Exp(row[k]); //~ LG0003
                    denom += p[k];
                }

                for (int k = 0; k < row.Length; k++)
                {
                    p[k] /= denom;
                }

                float pt = p[labels[n]];
                loss += -alpha * MathF.Pow(1f - pt, gamma) * MathF.Log(pt + 1e-9f);
            }

            return loss / logits.Length;
        }
    }
}

// Idiom: ALiBi attention (no positional embeddings): bias -slope_h * (i - j) added to the causal scores, slopes the
//        geometric sequence 2^(-8 (h + 1) / H); per query row max over the visible keys
// Layout: head-major flat float[] scores [H, T, T] at (h * T + i) * T + j, slopes from a helper, local function per row
// Correct
using System;

namespace HeldOut39.Alibi_HeadMajorCausal;

public static class AlibiAttention
{
    public static float[] Slopes(int nHeads)
    {
        var m = new float[nHeads];
        for (int h = 0; h < nHeads; h++)
        {
            m[h] = MathF.Pow(2f, -8f * (h + 1) / nHeads);
        }
        return m;
    }

    public static void Softmax(float[] scores, float[] probs, int nHeads, int seqLen)
    {
        float[] slopes = Slopes(nHeads);
        for (int h = 0; h < nHeads; h++)
        {
            for (int i = 0; i < seqLen; i++)
            {
                Row((h * seqLen + i) * seqLen, i, slopes[h]);
            }
        }

        void Row(int off, int i, float slope)
        {
            float mx = float.NegativeInfinity;
            for (int j = 0; j <= i; j++)
            {
                float s = scores[off + j] - slope * (i - j);
                probs[off + j] = s;
                if (s > mx) mx = s;
            }
            float denom = 0f;
            for (int j = 0; j <= i; j++)
            {
                float e = MathF.Exp(probs[off + j] - mx);
                probs[off + j] = e;
                denom += e;
            }
            for (int j = 0; j < seqLen; j++)
            {
                probs[off + j] = j <= i ? probs[off + j] / denom : 0f;
            }
        }
    }
}

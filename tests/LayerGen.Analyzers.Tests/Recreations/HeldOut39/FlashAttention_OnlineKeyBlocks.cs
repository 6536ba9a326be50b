// Idiom: flash-attention-style tiled attention on the CPU: key blocks of size blockSize, running max m and running
//        denominator l per query row, output accumulator rescaled by exp(m_old - m_new) when the max grows
// Layout: q [Tq, d], k [Tk, d], v [Tk, dv] flat row-major, output o [Tq, dv]; scores of a block in a scratch span
// Correct
using System;

namespace HeldOut39.FlashAttention_OnlineKeyBlocks;

public static class FlashCpu
{
    public static void Forward(float[] q, float[] k, float[] v, float[] o, int tq, int tk, int d, int dv, int blockSize)
    {
        float scale = 1f / MathF.Sqrt(d);
        Span<float> s = stackalloc float[blockSize];
        var acc = new float[dv];
        for (int i = 0; i < tq; i++)
        {
            float m = float.NegativeInfinity;
            float l = 0f;
            Array.Clear(acc);
            for (int j0 = 0; j0 < tk; j0 += blockSize)
            {
                int jn = Math.Min(blockSize, tk - j0);
                float blockMax = float.NegativeInfinity;
                for (int jj = 0; jj < jn; jj++)
                {
                    float dot = 0f;
                    for (int c = 0; c < d; c++)
                    {
                        dot += q[i * d + c] * k[(j0 + jj) * d + c];
                    }
                    s[jj] = dot * scale;
                    blockMax = MathF.Max(blockMax, s[jj]);
                }

                float mNew = MathF.Max(m, blockMax);
                float correction = MathF.Exp(m - mNew);
                l *= correction;
                for (int c = 0; c < dv; c++)
                {
                    acc[c] *= correction;
                }
                for (int jj = 0; jj < jn; jj++)
                {
                    float p = MathF.Exp(s[jj] - mNew);
                    l += p;
                    for (int c = 0; c < dv; c++)
                    {
                        acc[c] += p * v[(j0 + jj) * dv + c];
                    }
                }
                m = mNew;
            }

            for (int c = 0; c < dv; c++)
            {
                o[i * dv + c] = acc[c] / l;
            }
        }
    }
}

// Idiom: incremental decoding with a KV cache, scores of all heads first, then one peak, then per-head exp and sum
// Layout: unsafe float* over a pinned att buffer [n_heads * seq_len]; key cache [seq_len, n_heads, head_size]
// Bug (LG0001): `peak` is taken over every head's scores, so a head whose scores sit far below underflows to 0/0
using System;

namespace HeldOut39.KvCacheDecode_PointerPeakAllHeads;

public static unsafe class DecodeStep
{
    public static void Attend(float[] q, float[] keyCache, float[] att, int pos, int nHeads, int headSize, int seqLen)
    {
        float invSqrt = 1f / MathF.Sqrt(headSize);
        fixed (float* attBase = att, qBase = q, kBase = keyCache)
        {
            float peak = float.NegativeInfinity;
            for (int h = 0; h < nHeads; h++)
            {
                float* a = attBase + h * seqLen;
                float* qh = qBase + h * headSize;
                for (int t = 0; t <= pos; t++)
                {
                    float* kt = kBase + (t * nHeads + h) * headSize;
                    float dot = 0f;
                    for (int i = 0; i < headSize; i++)
                    {
                        dot += qh[i] * kt[i];
                    }
                    a[t] = dot * invSqrt;
                    if (a[t] > peak) peak = a[t]; //~ LG0001
                }
            }

            for (int h = 0; h < nHeads; h++)
            {
                float* a = attBase + h * seqLen;
                float total = 0f;
                for (int t = 0; t <= pos; t++)
                {
                    a[t] = MathF.Exp(a[t] - peak);
                    total += a[t];
                }
                for (int t = 0; t <= pos; t++)
                {
                    a[t] /= total;
                }
            }
        }
    }
}

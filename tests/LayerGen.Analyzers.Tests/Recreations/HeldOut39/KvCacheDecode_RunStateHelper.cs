// Idiom: incremental decoding with a KV cache (llama2.c port): one query per head against pos + 1 cached keys,
//        scores scaled by 1/sqrt(head_size), softmax helper over the first pos + 1 slots of the head's att block
// Layout: struct-of-arrays RunState, flat float[] att [n_heads * seq_len], key_cache [seq_len * dim]
// Correct
using System;

namespace HeldOut39.KvCacheDecode_RunStateHelper;

public sealed class RunState
{
    public float[] q;          // (dim)
    public float[] att;        // (n_heads, seq_len)
    public float[] key_cache;  // (seq_len, dim), one layer

    public RunState(int dim, int nHeads, int seqLen)
    {
        q = new float[dim];
        att = new float[nHeads * seqLen];
        key_cache = new float[seqLen * dim];
    }
}

public static class Decoder
{
    public static void Softmax(float[] x, int offset, int size)
    {
        float max_val = x[offset];
        for (int i = 1; i < size; i++)
        {
            if (x[offset + i] > max_val)
            {
                max_val = x[offset + i];
            }
        }
        float sum = 0.0f;
        for (int i = 0; i < size; i++)
        {
            x[offset + i] = MathF.Exp(x[offset + i] - max_val);
            sum += x[offset + i];
        }
        for (int i = 0; i < size; i++)
        {
            x[offset + i] /= sum;
        }
    }

    public static void AttentionScores(RunState s, int pos, int dim, int n_heads, int seq_len)
    {
        int head_size = dim / n_heads;
        for (int h = 0; h < n_heads; h++)
        {
            int q_off = h * head_size;
            int att_off = h * seq_len;
            for (int t = 0; t <= pos; t++)
            {
                int k_off = t * dim + h * head_size;
                float score = 0.0f;
                for (int i = 0; i < head_size; i++)
                {
                    score += s.q[q_off + i] * s.key_cache[k_off + i];
                }
                score /= MathF.Sqrt(head_size);
                s.att[att_off + t] = score;
            }
            Softmax(s.att, att_off, pos + 1);
        }
    }
}

// Idiom: decoder self-attention (causal) and cross-attention over the encoder memory in one method.
// Use: seq2seq translation model, batched over the target positions.
// Layout: flat float spans: self [tgt · tgt], cross [tgt · src], row-major (query t at t · width).
// Bug: LG0004 — the cross-attention peak is folded per memory position over all queries (a column max), while the
//      sum and division run per query over the memory positions; the self-attention is per query and right.
// Our own code.
#nullable enable
using System;

namespace HeldOut87.CrossSelf_MemoryColumnPeak;

public static class Seq2SeqAttention
{
    public static void Weights(ReadOnlySpan<float> self, ReadOnlySpan<float> cross, int tgt, int src, Span<float> selfW, Span<float> crossW)
    {
        for (int t = 0; t < tgt; t++)
        {
            float top = float.NegativeInfinity;
            for (int k = 0; k <= t; k++) top = MathF.Max(top, self[t * tgt + k]);
            float z = 0f;
            for (int k = 0; k < tgt; k++)
            {
                float e = k <= t ? MathF.Exp(self[t * tgt + k] - top) : 0f;
                selfW[t * tgt + k] = e;
                z += e;
            }

            for (int k = 0; k < tgt; k++) selfW[t * tgt + k] /= z;
        }

        var memPeak = new float[src];
        Array.Fill(memPeak, float.NegativeInfinity);
        for (int t = 0; t < tgt; t++)
        {
            for (int s = 0; s < src; s++)
            {
                if (cross[t * src + s] > memPeak[s]) memPeak[s] = cross[t * src + s]; //~ LG0004
            }
        }

        for (int t = 0; t < tgt; t++)
        {
            float zc = 0f;
            for (int s = 0; s < src; s++) zc += crossW[t * src + s] = MathF.Exp(cross[t * src + s] - memPeak[s]);
            for (int s = 0; s < src; s++) crossW[t * src + s] /= zc;
        }
    }
}

// Idiom: encoder–decoder attention: masked (causal) self-attention beside cross-attention over the encoder memory,
//        both softmaxed in one query loop.
// Use: transformer decoder layer (training pass, whole target sequence).
// Layout: self scores float[tgt, tgt] (keys 0..q visible), cross scores float[tgt, src] (2-D row-major).
// Correct: self row softmax over the visible keys 0..q, cross row softmax over all source positions, per query.
// Our own code.
#nullable enable
using System;

namespace HeldOut87.CrossSelf_DecoderLayer;

public static class DecoderAttention
{
    public static void Attend(float[,] self, float[,] cross, float[,] selfP, float[,] crossP)
    {
        int tgt = self.GetLength(0);
        int src = cross.GetLength(1);
        for (int q = 0; q < tgt; q++)
        {
            float mx = self[q, 0];
            for (int k = 1; k <= q; k++)
            {
                if (self[q, k] > mx) mx = self[q, k];
            }

            float sum = 0f;
            for (int k = 0; k <= q; k++) sum += selfP[q, k] = MathF.Exp(self[q, k] - mx);
            for (int k = 0; k <= q; k++) selfP[q, k] /= sum;
            for (int k = q + 1; k < tgt; k++) selfP[q, k] = 0f;

            float cm = float.NegativeInfinity;
            for (int s = 0; s < src; s++) cm = MathF.Max(cm, cross[q, s]);
            float cs = 0f;
            for (int s = 0; s < src; s++)
            {
                crossP[q, s] = MathF.Exp(cross[q, s] - cm);
                cs += crossP[q, s];
            }

            for (int s = 0; s < src; s++) crossP[q, s] /= cs;
        }
    }
}

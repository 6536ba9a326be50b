// Re-creation (our own code) of the shape of karpathy/llama2.c, run.c, forward(): the multi-head attention loop
// (q·k scores / sqrtf(head_size) for t = 0..pos, then softmax(att, pos + 1)), with the softmax inlined by the porter
// and its locals declared C89-style at the top of the function.
// Layout: unsafe pointers; q at h * head_size, key cache at t * dim + h * head_size, att at h * seq_len.
// Bug (LG0002): `sum` is declared once above the head loop and never reset, so head h divides by the mass of heads 0..h.
using System;

namespace Recreations.Llama2c_HeadScoresSumHoisted;

/// <summary>llama2.c's attention scores and weights for one position, softmax inlined.</summary>
public static unsafe class Llama2Attention
{
    /// <summary>Writes each head's attention weights over timesteps 0..pos into att.</summary>
    public static void HeadWeights(float* q, float* keyCache, float* att, int nHeads, int headSize, int seqLen, int pos)
    {
        int dim = nHeads * headSize;
        float sum = 0.0f;
        float maxVal;
        for (int h = 0; h < nHeads; h++)
        {
            float* qh = q + h * headSize;
            float* atth = att + h * seqLen;
            for (int t = 0; t <= pos; t++)
            {
                float* k = keyCache + t * dim + h * headSize;
                float score = 0.0f;
                for (int i = 0; i < headSize; i++)
                {
                    score += qh[i] * k[i];
                }

                atth[t] = score / MathF.Sqrt(headSize);
            }

            maxVal = atth[0];
            for (int t = 1; t <= pos; t++)
            {
                if (atth[t] > maxVal) maxVal = atth[t];
            }

            for (int t = 0; t <= pos; t++)
            {
                atth[t] = MathF.Exp(atth[t] - maxVal);
                sum += atth[t]; //~ LG0002
            }

            for (int t = 0; t <= pos; t++)
            {
                atth[t] /= sum;
            }
        }
    }
}

// Re-creation (our own code) of the shape of karpathy/llama2.c, run.c: softmax(float* x, int size) (find max, exp
// and sum in place, normalize) and its use in forward(): per head, att = s->att + h * p->seq_len, softmax(att, pos + 1).
// Layout: C-style unsafe pointers and a size argument, in place; heads laid out at a seq_len stride.
// Correct.
using System;

namespace Recreations.Llama2c_SoftmaxPointer;

/// <summary>llama2.c's softmax and the attention-weights loop that calls it.</summary>
public static unsafe class Llama2Softmax
{
    /// <summary>Softmax of x[0..size) in place.</summary>
    public static void Softmax(float* x, int size)
    {
        // find max value (for numerical stability)
        float maxVal = x[0];
        for (int i = 1; i < size; i++)
        {
            if (x[i] > maxVal)
            {
                maxVal = x[i];
            }
        }

        // exp and sum
        float sum = 0.0f;
        for (int i = 0; i < size; i++)
        {
            x[i] = MathF.Exp(x[i] - maxVal);
            sum += x[i];
        }

        // normalize
        for (int i = 0; i < size; i++)
        {
            x[i] /= sum;
        }
    }

    /// <summary>Softmaxes each head's scores for timesteps 0..pos.</summary>
    public static void AttentionWeights(float* att, int nHeads, int seqLen, int pos)
    {
        for (int h = 0; h < nHeads; h++)
        {
            Softmax(att + h * seqLen, pos + 1);
        }
    }
}

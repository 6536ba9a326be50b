// Re-creation (our own code, scalar) of the algorithm in the Stack Overflow question "How to implement the Softmax
// derivative independently from any loss function?": for each i, accumulate sum_j (-s_i * s_j * g_j) over the
// whole row, then add s_i * g_i. The answer's AVX version does the same in __m256 lanes; no matrix is stored,
// but every Jacobian entry is computed.
// Layout: one vector; the probabilities come from a private helper of the same type that writes them into a
// buffer argument. Bug (LG0006): O(n^2) per row where O(n) does.
using System;

namespace Recreations.Backward.StackOverflowOnTheFlyJacobianProduct;

public sealed class SoftmaxLayer
{
    public void Backward(float[] logits, float[] gradient, float[] result)
    {
        var s = new float[logits.Length];
        Softmax(logits, s);
        for (int i = 0; i < s.Length; i++)
        {
            float acc = 0f;
            for (int j = 0; j < s.Length; j++)
            {
                acc += -s[i] * s[j] * gradient[j]; //~ LG0006
            }

            result[i] = acc + s[i] * gradient[i];
        }
    }

    private static void Softmax(float[] x, float[] y)
    {
        float max = float.NegativeInfinity;
        for (int k = 0; k < x.Length; k++)
        {
            max = MathF.Max(max, x[k]);
        }

        float sum = 0f;
        for (int k = 0; k < x.Length; k++)
        {
            y[k] = MathF.Exp(x[k] - max);
            sum += y[k];
        }

        for (int k = 0; k < x.Length; k++)
        {
            y[k] /= sum;
        }
    }
}

// HeldOut60 — idiom: Parallel.For over the rows of a batch, the whole row softmax written inside the lambda
// (inference server scoring a batch of requests; style after SharpNet's CPU softmax and OpenMP "parallel for" row loops).
// Layout: float[batch, classes] row-major, MathF.Exp.
// Correct: each row subtracts its own maximum and divides by its own sum.
using System;
using System.Threading.Tasks;

namespace HeldOut60.ParallelForRows_RowMaxInLambda;

public static class BatchScorer
{
    public static void Softmax(float[,] logits, float[,] probs)
    {
        int batch = logits.GetLength(0);
        int classes = logits.GetLength(1);
        Parallel.For(0, batch, r =>
        {
            float max = float.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                max = MathF.Max(max, logits[r, c]);
            }

            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                float e = MathF.Exp(logits[r, c] - max);
                probs[r, c] = e;
                sum += e;
            }

            for (int c = 0; c < classes; c++)
            {
                probs[r, c] /= sum;
            }
        });
    }
}

// Re-creates the shape of the Mult-VAE decoder output (Liang et al. 2018, dawenl/vae_cf): per user, the multinomial
// distribution over the item catalogue, softmax of the decoder logits.
// Layout: float[users, items], Parallel.For over users, the row max fold and the exp pass inside the lambda.
// Correct: the max and the sum run over one user's items.
using System;
using System.Threading.Tasks;

namespace HeldOut11;

public static class MultVae_ParallelUserRows
{
    public static void ItemDistribution(float[,] logits, float[,] probability)
    {
        int users = logits.GetLength(0);
        int items = logits.GetLength(1);
        Parallel.For(0, users, u =>
        {
            float peak = float.NegativeInfinity;
            for (int i = 0; i < items; i++)
                if (logits[u, i] > peak)
                    peak = logits[u, i];
            float mass = 0f;
            for (int i = 0; i < items; i++)
            {
                float e = MathF.Exp(logits[u, i] - peak);
                probability[u, i] = e;
                mass += e;
            }
            float inverse = 1f / mass;
            for (int i = 0; i < items; i++)
                probability[u, i] *= inverse;
        });
    }
}

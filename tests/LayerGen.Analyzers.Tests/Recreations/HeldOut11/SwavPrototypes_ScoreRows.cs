// Re-creates the shape of SwAV's swapped-prediction probabilities (Caron et al. 2020, facebookresearch/swav): each
// sample's embedding is scored against the K prototypes, p = softmax(z . c_k / tau) over the prototypes.
// Layout: float[B, D] embeddings, float[K, D] prototypes, scores in a stackalloc span per sample; output float[B, K].
// Correct: the max and the sum run over one sample's K prototype scores.
using System;

namespace HeldOut11;

public static class SwavPrototypes_ScoreRows
{
    public static void PrototypeProbabilities(float[,] embedding, float[,] prototypes, float tau, float[,] probability)
    {
        int batch = embedding.GetLength(0);
        int dim = embedding.GetLength(1);
        int k = prototypes.GetLength(0);
        Span<float> score = stackalloc float[k];
        for (int b = 0; b < batch; b++)
        {
            float top = float.NegativeInfinity;
            for (int c = 0; c < k; c++)
            {
                float dot = 0f;
                for (int d = 0; d < dim; d++)
                    dot += embedding[b, d] * prototypes[c, d];
                score[c] = dot / tau;
                top = MathF.Max(top, score[c]);
            }
            float partition = 0f;
            for (int c = 0; c < k; c++)
            {
                probability[b, c] = MathF.Exp(score[c] - top);
                partition += probability[b, c];
            }
            for (int c = 0; c < k; c++)
                probability[b, c] /= partition;
        }
    }
}

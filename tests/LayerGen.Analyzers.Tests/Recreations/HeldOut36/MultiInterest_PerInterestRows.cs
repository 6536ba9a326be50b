// Idiom: multi-interest user model (MIND / ComiRec style): each interest vector's softmax over the candidate items, best interest kept
// Layout: interests float[interests, dim], items float[items, dim]; logits and probabilities float[interests, items] (row = interest)
// Correct
using System;

namespace HeldOut36.MultiInterest_PerInterestRows;

public static class MultiInterestRetrieval
{
    public static float[,] InterestItemProbabilities(float[,] interests, float[,] items)
    {
        int k = interests.GetLength(0);
        int n = items.GetLength(0);
        int dim = interests.GetLength(1);
        var p = new float[k, n];
        for (int r = 0; r < k; r++)
        {
            for (int i = 0; i < n; i++)
            {
                float dot = 0f;
                for (int d = 0; d < dim; d++)
                {
                    dot += interests[r, d] * items[i, d];
                }

                p[r, i] = dot;
            }

            float max = p[r, 0];
            for (int i = 1; i < n; i++)
            {
                if (p[r, i] > max)
                {
                    max = p[r, i];
                }
            }

            float sum = 0f;
            for (int i = 0; i < n; i++)
            {
                p[r, i] = MathF.Exp(p[r, i] - max);
                sum += p[r, i];
            }

            for (int i = 0; i < n; i++)
            {
                p[r, i] /= sum;
            }
        }

        return p;
    }

    public static float[] BestInterestScore(float[,] probabilities)
    {
        int k = probabilities.GetLength(0);
        int n = probabilities.GetLength(1);
        var best = new float[n];
        for (int i = 0; i < n; i++)
        {
            for (int r = 0; r < k; r++)
            {
                best[i] = MathF.Max(best[i], probabilities[r, i]);
            }
        }

        return best;
    }
}

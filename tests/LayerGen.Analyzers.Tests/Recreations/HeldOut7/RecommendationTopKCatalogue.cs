// Source: recommendation over an item catalogue in C# (ML.NET matrix-factorisation / two-tower serving code:
// score every item, keep the top k, turn the kept scores into a distribution for sampling or display).
// Layout: float[] scores over the catalogue; softmax over the k best items only (others get 0); per user.
// Correct.
using System;
using System.Linq;

namespace HeldOut7.RecommendationTopKCatalogue
{
    public static class TopKRecommender
    {
        public static float[] Distribution(float[] itemScores, int k)
        {
            int[] top = Enumerable.Range(0, itemScores.Length)
                .OrderByDescending(i => itemScores[i])
                .Take(k)
                .ToArray();
            float best = itemScores[top[0]];
            var weights = new float[itemScores.Length];
            float norm = 0f;
            foreach (int item in top)
            {
                weights[item] = MathF.Exp(itemScores[item] - best);
                norm += weights[item];
            }

            foreach (int item in top)
            {
                weights[item] /= norm;
            }

            return weights;
        }
    }
}

// Source: recommendation over an item catalogue in C# (matrix-factorisation scoring: user . item + item bias,
// written with LINQ Zip, max with Aggregate, then a softmax for sampling items to show).
// Layout: float[] dot products and float[] item biases over the catalogue of one user; softmax over items.
// Correct.
using System;
using System.Linq;

namespace HeldOut7.RecommendationItemBiasZip
{
    public static class CatalogueSoftmax
    {
        public static float[] ForUser(float[] dots, float[] itemBias)
        {
            float[] scores = dots.Zip(itemBias, (d, b) => d + b).ToArray();
            float max = scores.Aggregate(float.NegativeInfinity, (m, s) => s > m ? s : m);
            float[] exps = scores.Select(s => MathF.Exp(s - max)).ToArray();
            float total = exps.Aggregate(0f, (acc, e) => acc + e);
            return exps.Select(e => e / total).ToArray();
        }
    }
}

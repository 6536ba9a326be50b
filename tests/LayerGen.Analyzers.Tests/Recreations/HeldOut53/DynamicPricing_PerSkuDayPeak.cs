// Idiom: dynamic pricing, softmax over the candidate price points of each SKU on each day (expected-revenue scores
// turned into an exploration distribution over price points).
// Layout: flat float[days * skus * points] with strides: score of (day d, sku s, point p) at (d * skus + s) * points + p.
// Correct: the max is taken over the price points of one (day, SKU) slice.
using System;

namespace HeldOut53.DynamicPricing_PerSkuDayPeak;

public static class PricePointSelector
{
    public static float[] Probabilities(float[] scores, int days, int skus, int points)
    {
        var probs = new float[scores.Length];
        int dayStride = skus * points;
        for (int d = 0; d < days; d++)
        {
            for (int s = 0; s < skus; s++)
            {
                int offset = d * dayStride + s * points;
                float max = scores[offset];
                for (int p = 1; p < points; p++)
                {
                    if (scores[offset + p] > max)
                    {
                        max = scores[offset + p];
                    }
                }

                float sum = 0f;
                for (int p = 0; p < points; p++)
                {
                    float e = MathF.Exp(scores[offset + p] - max);
                    probs[offset + p] = e;
                    sum += e;
                }

                float inv = 1f / sum;
                for (int p = 0; p < points; p++)
                {
                    probs[offset + p] *= inv;
                }
            }
        }

        return probs;
    }
}

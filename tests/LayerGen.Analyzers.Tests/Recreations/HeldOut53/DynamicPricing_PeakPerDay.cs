// Idiom: dynamic pricing, softmax over the price points of each SKU, walked one day at a time with span slices.
// Layout: ReadOnlySpan<float> over [days * skus * points]; Slice per day, then Slice per SKU within the day.
// Bug (LG0001): the max is folded over the whole day's slice (every SKU's price points), not over one SKU's points;
// a SKU whose scores sit far below another SKU's on the same day underflows to 0/0.
using System;

namespace HeldOut53.DynamicPricing_PeakPerDay;

public static class DailyPriceExplorer
{
    public static void Probabilities(ReadOnlySpan<float> scores, Span<float> probs, int days, int skus, int points)
    {
        int dayLength = skus * points;
        for (int d = 0; d < days; d++)
        {
            ReadOnlySpan<float> day = scores.Slice(d * dayLength, dayLength);
            Span<float> dayOut = probs.Slice(d * dayLength, dayLength);
            float dayMax = float.MinValue;
            for (int i = 0; i < day.Length; i++)
            {
                dayMax = MathF.Max(dayMax, day[i]); //~ LG0001
            }

            for (int s = 0; s < skus; s++)
            {
                ReadOnlySpan<float> sku = day.Slice(s * points, points);
                Span<float> skuOut = dayOut.Slice(s * points, points);
                float sum = 0f;
                for (int p = 0; p < points; p++)
                {
                    skuOut[p] = MathF.Exp(sku[p] - dayMax);
                    sum += skuOut[p];
                }

                for (int p = 0; p < points; p++)
                {
                    skuOut[p] /= sum;
                }
            }
        }
    }
}

// Idiom: per-user distribution over items from an item-major flat score array; the max loop copied from a row-major version
// Layout: flat float[] scores[item * users + user]; softmax over items for each user (stride = users)
// Bug (LG0004): the max runs along each item's contiguous row (over the users), the sum down each user's strided column (over the items)
using System;

namespace HeldOut36.ItemMajorFlat_PeakPerItemRow;

public static class ItemMajorSoftmax
{
    public static float[] PerUser(float[] scores, int items, int users)
    {
        var rowMax = new float[items];
        for (int i = 0; i < items; i++)
        {
            float m = float.NegativeInfinity;
            for (int u = 0; u < users; u++)
            {
                if (scores[i * users + u] > m) m = scores[i * users + u]; //~ LG0004
            }

            rowMax[i] = m;
        }

        var probs = new float[scores.Length];
        for (int u = 0; u < users; u++)
        {
            float sum = 0f;
            for (int i = 0; i < items; i++)
            {
                probs[i * users + u] = MathF.Exp(scores[i * users + u] - rowMax[i]);
                sum += probs[i * users + u];
            }

            for (int i = 0; i < items; i++)
            {
                probs[i * users + u] /= sum;
            }
        }

        return probs;
    }
}

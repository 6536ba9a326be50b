// Idiom: per-user distribution over items when the score buffer comes item-major from a batched scorer (scores[item * users + user])
// Layout: flat ReadOnlySpan<float>, the softmax axis (items) strided by the user count; output Span<float> in the same layout
// Correct
using System;

namespace HeldOut36.ItemMajorFlat_StridedUserSlices;

public static class StridedCatalogue
{
    public static void PerUser(ReadOnlySpan<float> scores, int items, int users, Span<float> output)
    {
        for (int u = 0; u < users; u++)
        {
            float max = scores[u];
            for (int i = 1; i < items; i++)
            {
                max = MathF.Max(max, scores[i * users + u]);
            }

            float sum = 0f;
            for (int i = 0; i < items; i++)
            {
                int at = i * users + u;
                output[at] = MathF.Exp(scores[at] - max);
                sum += output[at];
            }

            for (int i = 0; i < items; i++)
            {
                output[i * users + u] /= sum;
            }
        }
    }
}

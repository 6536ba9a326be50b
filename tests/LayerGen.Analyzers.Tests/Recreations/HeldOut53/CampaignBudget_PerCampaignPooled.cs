// Idiom: marketing budget split over the channels of each campaign (softmax of channel ROI scores), float, scratch
// exps in an ArrayPool buffer viewed as a Span, `foreach` over a dictionary.
// Layout: IReadOnlyDictionary<string, float[]> campaign id -> channel scores (campaigns differ in channel count);
// Dictionary<string, float[]> out.
// Correct: each campaign's own max (`scores.Max()`) and sum.
using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut53.CampaignBudget_PerCampaignPooled;

public sealed class BudgetAllocator
{
    public Dictionary<string, float[]> ChannelShares(IReadOnlyDictionary<string, float[]> channelScores)
    {
        var shares = new Dictionary<string, float[]>(channelScores.Count);
        foreach (KeyValuePair<string, float[]> entry in channelScores)
        {
            float[] scores = entry.Value;
            float[] rented = ArrayPool<float>.Shared.Rent(scores.Length);
            try
            {
                Span<float> work = rented.AsSpan(0, scores.Length);
                float max = scores.Max();
                float sum = 0f;
                for (int c = 0; c < work.Length; c++)
                {
                    work[c] = MathF.Exp(scores[c] - max);
                    sum += work[c];
                }

                var result = new float[work.Length];
                for (int c = 0; c < work.Length; c++)
                {
                    result[c] = work[c] / sum;
                }

                shares[entry.Key] = result;
            }
            finally
            {
                ArrayPool<float>.Shared.Return(rented);
            }
        }

        return shares;
    }
}

// Idiom: a marketing-attribution service keeps channel scores per campaign in immutable records
// (`record CampaignScores(string Campaign, ImmutableArray<double> Scores)`) and returns new records built with
// `ImmutableArray.CreateBuilder` + `MoveToImmutable` and a `with` expression.
// Layout: `ImmutableArray<CampaignScores>` of records with an `ImmutableArray<double>` member; one softmax per campaign;
// `row.Max()` (LINQ over the immutable array).
// Own code.
// Correct: max and sum over one campaign's channels.
using System;
using System.Collections.Immutable;
using System.Linq;

namespace HeldOut66.CampaignMix_ImmutablePerCampaign;

public sealed record CampaignScores(string Campaign, ImmutableArray<double> Scores);

public static class ChannelMix
{
    public static ImmutableArray<CampaignScores> Normalise(ImmutableArray<CampaignScores> campaigns)
    {
        var result = ImmutableArray.CreateBuilder<CampaignScores>(campaigns.Length);
        foreach (var campaign in campaigns)
        {
            ImmutableArray<double> scores = campaign.Scores;
            double max = scores.Max();
            var builder = ImmutableArray.CreateBuilder<double>(scores.Length);
            double sum = 0;
            foreach (double score in scores)
            {
                double e = Math.Exp(score - max);
                builder.Add(e);
                sum += e;
            }

            for (int j = 0; j < builder.Count; j++)
            {
                builder[j] /= sum;
            }

            result.Add(campaign with { Scores = builder.MoveToImmutable() });
        }

        return result.MoveToImmutable();
    }
}

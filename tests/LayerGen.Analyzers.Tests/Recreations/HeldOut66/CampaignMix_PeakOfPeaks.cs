// Idiom: channel mix per campaign over `ImmutableArray<ImmutableArray<double>>`, written as one LINQ pipeline: the
// shift via `Aggregate` over the rows, then `Select` per row with `ToImmutableArray()`.
// Layout: immutable jagged `[campaigns][channels]`; one softmax per campaign (row).
// Twin of CampaignMix_ImmutablePerCampaign; own code.
// Bug LG0001: `peak` is the maximum over EVERY campaign's channels (a max of row maxima), subtracted in each row; a
// campaign far below the top one underflows to 0/0.
using System;
using System.Collections.Immutable;
using System.Linq;

namespace HeldOut66.CampaignMix_PeakOfPeaks;

public static class ChannelMix
{
    public static ImmutableArray<ImmutableArray<double>> Normalise(ImmutableArray<ImmutableArray<double>> rows)
    {
        double peak = rows.Aggregate(double.NegativeInfinity, (acc, row) => Math.Max(acc, row.Max())); //~ LG0001
        return rows
            .Select(row =>
            {
                double sum = row.Sum(v => Math.Exp(v - peak));
                return row.Select(v => Math.Exp(v - peak) / sum).ToImmutableArray();
            })
            .ToImmutableArray();
    }
}

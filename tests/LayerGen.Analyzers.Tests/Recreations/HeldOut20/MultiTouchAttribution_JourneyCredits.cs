// Source: attention-based multi-touch attribution for marketing analytics (DNAMTA, Arava et al. 2018; DARNN, Ren et
// al. 2018): each converting customer journey spreads one conversion over its touchpoints with softmax attention
// weights, then credits roll up per channel. A time-decay baseline (half-life weights) is computed alongside.
// Layout: List<Journey> (sealed record) of IReadOnlyList<Touchpoint> (readonly record struct), ragged credits
// double[][], Dictionary<string, double> channel totals.
// Correct attention softmax (peak per journey). Relabelled after the blind measure (README, phase 3): the time-decay
// baseline exp(-max(0, age) ln2 / halfLife) has a non-positive argument for a positive half-life, but its sum
// decayMass starts at 0 unguarded, so a journey whose touches are all very old underflows to 0 / 0 = NaN: LG0003
// by the corpus conventions (as PerplexityKernel_Unguarded.NoGuard).
using System;
using System.Collections.Generic;

namespace HeldOut20.MultiTouchAttribution;

public readonly record struct Touchpoint(string Channel, double AgeDays, double Attention);

public sealed record Journey(string CustomerId, IReadOnlyList<Touchpoint> Touches, bool Converted);

public static class AttentionAttribution
{
    public static double[][] Credit(List<Journey> journeys, double halfLifeDays, Dictionary<string, double> channelCredit, Dictionary<string, double> decayCredit)
    {
        var credits = new double[journeys.Count][];
        for (int j = 0; j < journeys.Count; j++)
        {
            IReadOnlyList<Touchpoint> touches = journeys[j].Touches;
            credits[j] = new double[touches.Count];
            if (touches.Count == 0)
            {
                continue;
            }

            double peak = touches[0].Attention;
            foreach (Touchpoint t in touches)
            {
                peak = t.Attention > peak ? t.Attention : peak;
            }

            double mass = 0.0, decayMass = 0.0;
            var decay = new double[touches.Count];
            for (int i = 0; i < touches.Count; i++)
            {
                credits[j][i] = Math.Exp(touches[i].Attention - peak);
                mass += credits[j][i];
                decay[i] = Math.Exp(-Math.Max(0.0, touches[i].AgeDays) * Math.Log(2.0) / halfLifeDays); //~ LG0003
                decayMass += decay[i];
            }

            double conversions = journeys[j].Converted ? 1.0 : 0.0;
            for (int i = 0; i < touches.Count; i++)
            {
                credits[j][i] /= mass;
                string channel = touches[i].Channel;
                channelCredit[channel] = channelCredit.GetValueOrDefault(channel) + conversions * credits[j][i];
                decayCredit[channel] = decayCredit.GetValueOrDefault(channel) + conversions * decay[i] / decayMass;
            }
        }

        return credits;
    }
}

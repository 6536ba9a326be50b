// Source: attention-based multi-touch attribution (DNAMTA, Arava et al. 2018; DARNN, Ren et al. 2018), softmax
// attention over the touchpoints of each customer journey.
// Layout: List<Journey> (sealed record) of List<Touchpoint> (readonly record struct), nested foreach, ragged credits.
// Bug LG0001: one peak over every touchpoint of every journey, subtracted inside each journey's softmax.
using System;
using System.Collections.Generic;

namespace HeldOut20.MultiTouchAttributionGlobalPeak;

public readonly record struct Touchpoint(string Channel, double Attention);

public sealed record Journey(string CustomerId, List<Touchpoint> Touches);

public static class AttentionAttribution
{
    public static double[][] Credit(List<Journey> journeys)
    {
        double peak = double.NegativeInfinity;
        foreach (Journey journey in journeys)
        {
            foreach (Touchpoint touch in journey.Touches)
            {
                if (touch.Attention > peak) peak = touch.Attention; //~ LG0001
            }
        }

        var credits = new double[journeys.Count][];
        int j = 0;
        foreach (Journey journey in journeys)
        {
            var row = new double[journey.Touches.Count];
            double mass = 0.0;
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = Math.Exp(journey.Touches[i].Attention - peak);
                mass += row[i];
            }

            for (int i = 0; i < row.Length; i++)
            {
                row[i] /= mass;
            }

            credits[j++] = row;
        }

        return credits;
    }
}

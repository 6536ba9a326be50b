// Idiom: UEBA behaviour model over a user's recent activity window, written with LINQ over event records.
// Layout: IReadOnlyList<ActivityEvent> records (one double[] of category logits each), LINQ Select/Max/Aggregate, jagged out.
// Bug (LG0002): each event is shifted by its own max, but the normaliser is one Aggregate over every event's
// weights in the window, so the window (not each event) sums to 1.
// Style inspired by UEBA anomaly scorers; our own C#.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut56.UebaRing_LinqWindowTotal;

public sealed record ActivityEvent(string User, DateTime At, double[] CategoryLogits);

public static class WindowProfile
{
    public static double[][] CategoryDistributions(IReadOnlyList<ActivityEvent> window)
    {
        var weights = window
            .Select(ev =>
            {
                double m = ev.CategoryLogits.Max();
                return ev.CategoryLogits.Select(v => Math.Exp(v - m)).ToArray();
            })
            .ToList();

        double total = weights.SelectMany(w => w).Aggregate(0.0, (acc, w) => acc + w); //~ LG0002
        return weights.Select(w => w.Select(x => x / total).ToArray()).ToArray();
    }
}

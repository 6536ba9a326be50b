// Idiom: collection expressions with spreads (C# 12): `[.. rows.Select(...)]`, `[.. exps.SelectMany(...)]`, `List<T> x = []`.
// Use: a batch of score rows normalised for a ranking step.
// Layout: List<double[]> rows; peaks per row in a double[].
// Bug: LG0002 — the exps are shifted per row, but the normaliser is the sum of the flattened batch.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut69.CollectionSpread_FlattenedMass;

public static class RankNormaliser
{
    public static List<double[]> Normalise(List<double[]> rows)
    {
        double[] peaks = [.. rows.Select(static r => r.Max())];
        List<double[]> exps = [];
        for (int i = 0; i < rows.Count; i++)
        {
            double shift = peaks[i];
            exps.Add([.. rows[i].Select(v => Math.Exp(v - shift))]);
        }

        double[] flat = [.. exps.SelectMany(static e => e)];
        double mass = flat.Sum(); //~ LG0002
        return [.. exps.Select(e => e.Select(v => v / mass).ToArray())];
    }
}

// Idiom: collection expressions (C# 12) — rows are processed two at a time and spread into one buffer [.. a, .. b].
// Use: a stereo/two-channel batch normalised in pairs.
// Layout: List<double[]> of rows (one softmax per row).
// Bug (LG0002): the normaliser is the sum of the spread pair, i.e. of two rows' exps, not of one row's.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut95.CollectionExpressions_PairedRowTotal;

public static class PairedSoftmax
{
    public static List<double[]> Run(List<double[]> rows)
    {
        List<double[]> exps = [];
        foreach (double[] row in rows)
        {
            double m = row.Max();
            exps.Add([.. row.Select(v => Math.Exp(v - m))]);
        }

        List<double[]> probs = [];
        for (int r = 0; r < exps.Count; r += 2)
        {
            double[] a = exps[r];
            double[] b = r + 1 < exps.Count ? exps[r + 1] : [];
            double[] pair = [.. a, .. b];
            double z = pair.Sum(); //~ LG0002
            probs.Add([.. a.Select(v => v / z)]);
            if (b.Length > 0) probs.Add([.. b.Select(v => v / z)]);
        }
        return probs;
    }
}

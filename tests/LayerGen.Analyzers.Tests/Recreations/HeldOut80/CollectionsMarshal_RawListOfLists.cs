// Idiom: List<List<double>> rows, each viewed with CollectionsMarshal.AsSpan and normalised in place.
// Use: per-candidate scores collected into lists by a beam search, turned into probabilities.
// Layout: List<List<double>>, one inner list per row.
// Bug: LG0003 — the exps are of the raw scores (no max subtracted): above ~709 they overflow to infinity and the row is NaN.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace HeldOut80.CollectionsMarshal_RawListOfLists;

public static class BeamScores
{
    public static void ToProbabilities(List<List<double>> rows)
    {
        foreach (List<double> list in rows)
        {
            Span<double> s = CollectionsMarshal.AsSpan(list);
            double z = 0;
            for (int i = 0; i < s.Length; i++)
            {
                s[i] = Math.Exp(s[i]); //~ LG0003
                z += s[i];
            }

            for (int i = 0; i < s.Length; i++)
            {
                s[i] /= z;
            }
        }
    }
}

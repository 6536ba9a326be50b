// Idiom: multi-mapping reads: the posterior of each candidate alignment of a read, exp(score - best) / Z over the read's
// candidate loci (the quantity mapping qualities are derived from); candidates grouped by read name with LINQ.
// Layout: IEnumerable<Alignment> records (ReadName, Contig, Position, Score), GroupBy(ReadName); group.Max(a => a.Score),
// Select/Sum; Math.Exp.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut47.ReadMapping_GroupedAlignments;

public sealed record Alignment(string ReadName, string Contig, int Position, double Score);

public sealed record PlacedAlignment(Alignment Hit, double Posterior);

public static class MultiMapper
{
    public static Dictionary<string, List<PlacedAlignment>> Posteriors(IEnumerable<Alignment> alignments)
    {
        var result = new Dictionary<string, List<PlacedAlignment>>();
        foreach (IGrouping<string, Alignment> read in alignments.GroupBy(a => a.ReadName))
        {
            double best = read.Max(a => a.Score);
            var weighted = read.Select(a => (Hit: a, Weight: Math.Exp(a.Score - best))).ToList();
            double z = weighted.Sum(w => w.Weight);
            result[read.Key] = weighted.Select(w => new PlacedAlignment(w.Hit, w.Weight / z)).ToList();
        }

        return result;
    }
}

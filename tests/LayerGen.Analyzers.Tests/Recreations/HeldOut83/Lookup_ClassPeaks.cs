// Idiom: two lookups over score records — `ToLookup(s => s.Label)` for peaks, `ToLookup(s => s.Doc)` for sums.
// Use: per-document label probabilities from (doc, label, logit) records.
// Layout: IReadOnlyCollection<Score> with `record Score(int Doc, int Label, double Logit)`; result keyed by (doc, label).
// Bug (LG0004): the peak is folded per label (across documents), the normaliser per document (across labels).
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut83.Lookup_ClassPeaks;

public sealed record Score(int Doc, int Label, double Logit);

public static class LabelLookup
{
    public static Dictionary<(int Doc, int Label), double> Softmax(IReadOnlyCollection<Score> scores)
    {
        ILookup<int, Score> byLabel = scores.ToLookup(s => s.Label);
        var labelPeak = new Dictionary<int, double>();
        foreach (IGrouping<int, Score> g in byLabel)
        {
            double m = double.NegativeInfinity;
            foreach (Score s in g)
                if (s.Logit > m) m = s.Logit; //~ LG0004
            labelPeak[g.Key] = m;
        }
        var p = new Dictionary<(int Doc, int Label), double>();
        foreach (IGrouping<int, Score> doc in scores.ToLookup(s => s.Doc))
        {
            double z = doc.Sum(s => Math.Exp(s.Logit - labelPeak[s.Label]));
            foreach (Score s in doc) p[(s.Doc, s.Label)] = Math.Exp(s.Logit - labelPeak[s.Label]) / z;
        }
        return p;
    }
}

// Idiom: tuple array of (Segment, Logit) cells; per-segment peaks from GroupBy into a dictionary; a foreach with tuple
// deconstruction over the cells for the normaliser.
// Use: within-segment probabilities for a long-format segment table.
// Layout: (string Segment, float Logit)[] long format; output float[] aligned with the cells.
// Bug (LG0002): the shift is per segment, but the normaliser sums the exps of all segments.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut92.Lookup_SumAllGroups;

public static class Segments
{
    public static float[] Probabilities((string Segment, float Logit)[] cells)
    {
        Dictionary<string, float> peaks = cells
            .GroupBy(x => x.Segment)
            .ToDictionary(g => g.Key, g => g.Max(x => x.Logit));

        float all = 0f;
        foreach (var (seg, logit) in cells)
        {
            all += MathF.Exp(logit - peaks[seg]); //~ LG0002
        }

        var p = new float[cells.Length];
        for (int i = 0; i < cells.Length; i++)
        {
            p[i] = MathF.Exp(cells[i].Logit - peaks[cells[i].Segment]) / all;
        }

        return p;
    }
}

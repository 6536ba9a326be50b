// Idiom: `group c by c.Sample into g` over coordinate records; the peak is one `Max` over every record.
// Use: per-sample class probabilities from a list of (sample, class, logit) cells.
// Layout: List<Cell> with `readonly record struct Cell(int Sample, int Class, float Logit)`; result keyed by (sample, class).
// Bug (LG0001): `top` is the maximum over all samples, not over the sample's group (a sample far below underflows to 0/0).
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut83.TripleGroupBy_GlobalPeak;

public readonly record struct Cell(int Sample, int Class, float Logit);

public static class CellSoftmax
{
    public static Dictionary<(int Sample, int Class), float> Softmax(List<Cell> cells)
    {
        float top = cells.Max(c => c.Logit); //~ LG0001
        var result = new Dictionary<(int Sample, int Class), float>();
        var bySample = from c in cells group c by c.Sample into g select g;
        foreach (var g in bySample)
        {
            float z = 0f;
            foreach (Cell c in g) z += MathF.Exp(c.Logit - top);
            foreach (Cell c in g) result[(c.Sample, c.Class)] = MathF.Exp(c.Logit - top) / z;
        }
        return result;
    }
}

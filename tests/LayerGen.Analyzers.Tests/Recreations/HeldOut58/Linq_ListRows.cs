// HeldOut58 — MATLAB's one-liner "e = exp(x - max(x)); p = e / sum(e);" applied to each sample of a cell array,
// ported with LINQ over a List of rows. Our own code.
// Layout: List<double[]> [batch][classes]; softmax per row.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut58.Linq_ListRows;

public static class MatlabLinq
{
    public static List<double[]> Softmax(List<double[]> rows)
    {
        var result = new List<double[]>(rows.Count);
        foreach (double[] x in rows)
        {
            double m = x.Max();
            double[] e = x.Select(v => Math.Exp(v - m)).ToArray();
            double s = e.Sum();
            result.Add(e.Select(v => v / s).ToArray());
        }

        return result;
    }
}

// Variants (our own code) of HeldOut4/LinqSelectIndexRowMaxTotalSum.cs, the correct twins of GroupedRows_TotalSum.cs:
// the rows are recovered by grouping the flat index and both the max and the normaliser are taken per group, so each
// element is divided by its own row's sum.
// Layout: row-major flat float[]/double[] [rows, cols]. Correct.
using System;
using System.Linq;

namespace Recreations.GroupedRows_RowSums;

public static class GroupedRows
{
    public static float[] TupleGroupsPerRow(float[] x, int cols)
    {
        float[] rowMax = x.Select((v, i) => (Row: i / cols, Value: v)).GroupBy(t => t.Row).Select(g => g.Max(t => t.Value)).ToArray();
        float[] exps = x.Select((v, i) => MathF.Exp(v - rowMax[i / cols])).ToArray();
        float[] rowSum = exps.Select((e, i) => (Row: i / cols, Value: e)).GroupBy(t => t.Row).Select(g => g.Sum(t => t.Value)).ToArray();
        return exps.Select((e, i) => e / rowSum[i / cols]).ToArray();
    }

    public static double[] AnonymousGroupsPerRow(double[] x, int cols)
    {
        var rowMax = x.Select((v, i) => new { Row = i / cols, Value = v }).GroupBy(t => t.Row).Select(g => g.Max(t => t.Value)).ToList();
        double[] exps = x.Select((v, i) => Math.Exp(v - rowMax[i / cols])).ToArray();
        var rowSum = exps.Select((e, i) => new { Row = i / cols, Value = e }).GroupBy(t => t.Row).Select(g => g.Sum(t => t.Value)).ToList();
        return exps.Select((e, i) => e / rowSum[i / cols]).ToArray();
    }
}

// Variants (our own code) of HeldOut4/LinqSelectIndexRowMaxTotalSum.cs, in the shape of LINQ-heavy batch softmax over
// a flat buffer (StackOverflow-style answers, hobby NN code): the rows are recovered by grouping the flat index
// (`Select((v, i) => (Row: i / cols, Value: v)).GroupBy(t => t.Row)`, a tuple or an anonymous type), each row's max
// is taken per group, but the normaliser is one sum over the whole flat batch.
// Layout: row-major flat float[]/double[] [rows, cols].
// Bug: LG0002 (one total over every row), at the total.
using System;
using System.Linq;

namespace Recreations.GroupedRows_TotalSum;

public static class GroupedRows
{
    public static float[] TupleGroupsTotal(float[] x, int cols)
    {
        float[] rowMax = x.Select((v, i) => (Row: i / cols, Value: v)).GroupBy(t => t.Row).Select(g => g.Max(t => t.Value)).ToArray();
        float[] exps = x.Select((v, i) => MathF.Exp(v - rowMax[i / cols])).ToArray();
        float total = exps.Sum(); //~ LG0002
        return exps.Select(e => e / total).ToArray();
    }

    public static double[] AnonymousGroupsTotal(double[] x, int cols)
    {
        var rowMax = x.Select((v, i) => new { Row = i / cols, Value = v }).GroupBy(t => t.Row).Select(g => g.Max(t => t.Value)).ToList();
        double[] exps = x.Select((v, i) => Math.Exp(v - rowMax[i / cols])).ToArray();
        double total = 0;
        foreach (double e in exps) total += e; //~ LG0002
        return exps.Select(e => e / total).ToArray();
    }
}

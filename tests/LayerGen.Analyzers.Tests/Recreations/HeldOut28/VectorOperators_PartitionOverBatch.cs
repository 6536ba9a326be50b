// known gap: missed: a partition summed over a list of per-row vectors (a foreach over the rows after they are built) is not seen as a sum over more than one row
// gap: -LG0002@71
// HeldOut28. Idiom: a RowVector class with operator overloads (vector − scalar, scalar · vector), Map, Max and Sum; the
// batch softmax shifts each vector by its own max, then normalises with one partition summed over the batch.
// Use: a batch of next-move distributions. Layout: List<RowVector>, one vector per position (1-D rows).
// Bug LG0002: the partition adds the sums of every row's exps, so each row is divided by the batch's total.
using System;
using System.Collections.Generic;

namespace LayerGen.HeldOut28.VectorOperators_PartitionOverBatch;

/// <summary>An immutable dense row vector.</summary>
public sealed class RowVector(double[] values)
{
    public int Length => values.Length;

    public double this[int i] => values[i];

    public static RowVector operator -(RowVector v, double s) => v.Map(x => x - s);

    public static RowVector operator *(double s, RowVector v) => v.Map(x => s * x);

    public RowVector Map(Func<double, double> f)
    {
        var result = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = f(values[i]);
        }

        return new RowVector(result);
    }

    public double Max()
    {
        var m = double.NegativeInfinity;
        foreach (var v in values)
        {
            m = Math.Max(m, v);
        }

        return m;
    }

    public double Sum()
    {
        var s = 0.0;
        foreach (var v in values)
        {
            s += v;
        }

        return s;
    }
}

/// <summary>Softmax of a batch of positions.</summary>
public static class MoveDistributions
{
    public static List<RowVector> Forward(IReadOnlyList<RowVector> logits)
    {
        var exps = new List<RowVector>(logits.Count);
        foreach (var z in logits)
        {
            exps.Add((z - z.Max()).Map(Math.Exp));
        }

        var partition = 0.0;
        foreach (var e in exps)
        {
            partition += e.Sum(); //~ LG0002
        }

        var result = new List<RowVector>(exps.Count);
        foreach (var e in exps)
        {
            result.Add((1.0 / partition) * e);
        }

        return result;
    }
}

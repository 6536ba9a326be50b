// Variants (our own code) of the Matrix/Tensor classes of Java-style C# ports (ND4J/DL4J 'f'-order matrices, strided
// tensors with max(dim)/sum(dim)): member reductions over one slice of the object's own storage, MaxOfRow(k),
// SumOfColumn(j), MaxAlong(axis), SumAlong(axis), each right for what it computes, called with the wrong slice.
// Layouts: column-major flat double[classes · examples] (softmax per column); row-major 2-D float[batch, classes]
// (softmax per row).
// Bugs: LG0004 ×2 at the member call: per-class peaks MaxOfRow(k) across the examples with per-column sums; the max
// along axis 0 (per class over the batch) with the sum along axis 1 (per sample).
using System;

namespace Recreations.MemberSlice_ClassPeaksAndAxisArgument;

/// <summary>A column-major matrix: element (row, column) at column · Rows + row.</summary>
public sealed class FortranMatrix
{
    public FortranMatrix(int rows, int columns)
    {
        Rows = rows;
        Columns = columns;
        Values = new double[rows * columns];
    }

    public int Rows { get; }

    public int Columns { get; }

    public double[] Values { get; }

    public double this[int row, int column]
    {
        get => Values[(column * Rows) + row];
        set => Values[(column * Rows) + row] = value;
    }

    public double MaxOfRow(int row)
    {
        var peak = this[row, 0];
        for (var column = 1; column < Columns; column++)
        {
            peak = Math.Max(peak, Values[(column * Rows) + row]);
        }

        return peak;
    }

    public double SumOfColumn(int column)
    {
        var total = 0.0;
        for (var row = 0; row < Rows; row++)
        {
            total += this[row, column];
        }

        return total;
    }
}

/// <summary>A 2-D tensor over a rectangular array, with reductions along an axis.</summary>
public sealed class Grid
{
    private readonly float[,] _cells;

    public Grid(int rows, int columns) => _cells = new float[rows, columns];

    public int Rows => _cells.GetLength(0);

    public int Columns => _cells.GetLength(1);

    public float this[int i, int j]
    {
        get => _cells[i, j];
        set => _cells[i, j] = value;
    }

    /// <summary>One max per index of the other axis, over <paramref name="axis"/>.</summary>
    public float[] MaxAlong(int axis)
    {
        var kept = axis == 0 ? Columns : Rows;
        var walked = axis == 0 ? Rows : Columns;
        var peaks = new float[kept];
        for (var o = 0; o < kept; o++)
        {
            var best = float.NegativeInfinity;
            for (var a = 0; a < walked; a++)
            {
                float v;
                if (axis == 0)
                {
                    v = this[a, o];
                }
                else
                {
                    v = this[o, a];
                }

                best = MathF.Max(best, v);
            }

            peaks[o] = best;
        }

        return peaks;
    }

    /// <summary>One sum per index of the other axis, over <paramref name="axis"/>.</summary>
    public float[] SumAlong(int axis)
    {
        var kept = axis == 0 ? Columns : Rows;
        var walked = axis == 0 ? Rows : Columns;
        var sums = new float[kept];
        for (var o = 0; o < kept; o++)
        {
            var total = 0f;
            for (var a = 0; a < walked; a++)
            {
                total += axis == 0 ? this[a, o] : this[o, a];
            }

            sums[o] = total;
        }

        return sums;
    }
}

public static class Activations
{
    /// <summary>Softmax of every example (column): the shift of class k is its peak across every example.</summary>
    public static FortranMatrix PerExample(FortranMatrix z)
    {
        var peaks = new double[z.Rows];
        for (var k = 0; k < z.Rows; k++)
        {
            peaks[k] = z.MaxOfRow(k); //~ LG0004
        }

        var a = new FortranMatrix(z.Rows, z.Columns);
        for (var j = 0; j < z.Columns; j++)
        {
            for (var k = 0; k < z.Rows; k++)
            {
                a[k, j] = Math.Exp(z[k, j] - peaks[k]);
            }

            var total = a.SumOfColumn(j);
            for (var k = 0; k < z.Rows; k++)
            {
                a[k, j] /= total;
            }
        }

        return a;
    }

    /// <summary>Softmax of every sample (row): the max is taken along the batch axis.</summary>
    public static Grid PerSample(Grid logits)
    {
        var max = logits.MaxAlong(0); //~ LG0004
        var exps = new Grid(logits.Rows, logits.Columns);
        for (var i = 0; i < logits.Rows; i++)
        {
            for (var j = 0; j < logits.Columns; j++)
            {
                exps[i, j] = MathF.Exp(logits[i, j] - max[j]);
            }
        }

        var sums = exps.SumAlong(1);
        for (var i = 0; i < logits.Rows; i++)
        {
            for (var j = 0; j < logits.Columns; j++)
            {
                exps[i, j] /= sums[i];
            }
        }

        return exps;
    }
}

// Variants (our own code) of the Matrix/Tensor classes of Java-style C# ports, correct twins of
// MemberSlice_ClassPeaksAndAxisArgument: the same member reductions called with the right slice (a column's own max;
// the max along the class axis), a member with a threshold parameter (no index), a member that writes the storage,
// another instance's member, and a virtual member (not followed).
// Layouts: column-major flat double[classes · examples] (softmax per column); row-major 2-D float[batch, classes]
// (softmax per row); jagged rows behind a private field. Correct: no diagnostic.
using System;

namespace Recreations.MemberSlice_RightSlices;

/// <summary>A column-major matrix: element (row, column) at column · Rows + row.</summary>
public class FortranMatrix
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

    /// <summary>A hook a derived matrix may override (not followed).</summary>
    public virtual double PeakOfColumn(int column) => MaxOfColumn(column);

    public double MaxOfRow(int row)
    {
        var peak = this[row, 0];
        for (var column = 1; column < Columns; column++)
        {
            peak = Math.Max(peak, Values[(column * Rows) + row]);
        }

        return peak;
    }

    public double MaxOfColumn(int column)
    {
        var peak = double.NegativeInfinity;
        for (var row = 0; row < Rows; row++)
        {
            peak = Math.Max(peak, this[row, column]);
        }

        return peak;
    }

    /// <summary>How many elements exceed <paramref name="threshold"/> (a value, not an index).</summary>
    public int CountAbove(double threshold)
    {
        var count = 0;
        foreach (var v in Values)
        {
            if (v > threshold)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Scales one column in place.</summary>
    public void ScaleColumn(int column, double factor)
    {
        for (var row = 0; row < Rows; row++)
        {
            this[row, column] *= factor;
        }
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
    /// <summary>Softmax of every example (column), shifted by the column's own max.</summary>
    public static FortranMatrix PerExample(FortranMatrix z, FortranMatrix previous, out int saturated)
    {
        var a = new FortranMatrix(z.Rows, z.Columns);
        saturated = 0;
        for (var j = 0; j < z.Columns; j++)
        {
            var peak = z.MaxOfColumn(j);
            var before = previous.MaxOfRow(0);
            saturated += z.CountAbove(peak - 30.0) + (before > peak ? 1 : 0);
            for (var k = 0; k < z.Rows; k++)
            {
                a[k, j] = Math.Exp(z[k, j] - peak);
            }

            var total = a.SumOfColumn(j);
            a.ScaleColumn(j, 1.0);
            for (var k = 0; k < z.Rows; k++)
            {
                a[k, j] /= total;
            }
        }

        return a;
    }

    /// <summary>Softmax of every example through the overridable hook.</summary>
    public static FortranMatrix PerExampleHook(FortranMatrix z)
    {
        var a = new FortranMatrix(z.Rows, z.Columns);
        for (var j = 0; j < z.Columns; j++)
        {
            var peak = z.PeakOfColumn(j);
            var total = 0.0;
            for (var k = 0; k < z.Rows; k++)
            {
                a[k, j] = Math.Exp(z[k, j] - peak);
                total += a[k, j];
            }

            for (var k = 0; k < z.Rows; k++)
            {
                a[k, j] /= total;
            }
        }

        return a;
    }

    /// <summary>Softmax of every sample (row): max and sum along the class axis.</summary>
    public static Grid PerSample(Grid logits)
    {
        var max = logits.MaxAlong(1);
        var exps = new Grid(logits.Rows, logits.Columns);
        for (var i = 0; i < logits.Rows; i++)
        {
            for (var j = 0; j < logits.Columns; j++)
            {
                exps[i, j] = MathF.Exp(logits[i, j] - max[i]);
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

/// <summary>Rows behind a private field, with each row's own max as a member.</summary>
public sealed class RowMatrix
{
    private readonly double[][] _rows;

    public RowMatrix(int rows, int columns)
    {
        _rows = new double[rows][];
        for (var r = 0; r < rows; r++)
        {
            _rows[r] = new double[columns];
        }

        Columns = columns;
    }

    public int Rows => _rows.Length;

    public int Columns { get; }

    public double this[int row, int column]
    {
        get => _rows[row][column];
        set => _rows[row][column] = value;
    }

    public double MaxOfRow(int row)
    {
        var best = double.NegativeInfinity;
        foreach (var v in _rows[row])
        {
            best = Math.Max(best, v);
        }

        return best;
    }

    public static RowMatrix Softmax(RowMatrix logits)
    {
        var result = new RowMatrix(logits.Rows, logits.Columns);
        for (var r = 0; r < logits.Rows; r++)
        {
            var shift = logits.MaxOfRow(r);
            var sum = 0.0;
            for (var c = 0; c < logits.Columns; c++)
            {
                result[r, c] = Math.Exp(logits[r, c] - shift);
                sum += result[r, c];
            }

            for (var c = 0; c < logits.Columns; c++)
            {
                result[r, c] /= sum;
            }
        }

        return result;
    }
}

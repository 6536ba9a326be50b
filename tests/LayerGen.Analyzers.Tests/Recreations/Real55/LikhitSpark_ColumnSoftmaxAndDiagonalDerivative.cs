// known gap: x(1 − x) in the DenseMatrix.Create lambda of SoftMax.Differentiate, whose x is a parameter (the layer's output), is not read as a softmax derivative; the same text in Sigmoid.Differentiate is right (see README)
// gap: -LG0007@113
// Source: Likhit/Spark Spark/ActivationFunctions/SoftMax.cs:9, :19 and Sigmoid.cs:8, :13 (re-created, not copied)
// Layout: a MathNet-style DenseMatrix [features, samples], one sample per column. Apply takes each column's maximum
// and sum with LINQ over ColumnEnumerator(), builds exp(x − max_c) with DenseMatrix.Create and divides in place with
// MapIndexedInplace, all through lambdas; Differentiate returns x(1 − x) of the output, element-wise.
// Label: SoftMax.Apply correct for the catalogue (per-column max and sum; but `scale` is a lazy query re-read while
// MapIndexedInplace mutates the matrix, so later rows are divided by partly divided sums: a bug outside LG0001–LG0007);
// SoftMax.Differentiate LG0007 (only the Jacobian's diagonal); Sigmoid.Apply and Sigmoid.Differentiate correct
// (y(1 − y) is the sigmoid's own derivative).
// DenseMatrix / DenseVector are small stand-ins written here for MathNet.Numerics' types.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.Real55.LikhitSpark_ColumnSoftmaxAndDiagonalDerivative;

/// <summary>A column of a <see cref="DenseMatrix"/>.</summary>
public sealed class DenseVector(double[] values)
{
    /// <summary>The largest entry.</summary>
    public double Maximum() => values.Max();

    /// <summary>The sum of the entries.</summary>
    public double Sum() => values.Sum();
}

/// <summary>A dense row-major matrix.</summary>
public sealed class DenseMatrix
{
    private readonly double[,] cells;

    private DenseMatrix(int rows, int columns)
    {
        cells = new double[rows, columns];
    }

    /// <summary>Number of rows.</summary>
    public int RowCount => cells.GetLength(0);

    /// <summary>Number of columns.</summary>
    public int ColumnCount => cells.GetLength(1);

    /// <summary>One cell.</summary>
    public double this[int row, int column]
    {
        get => cells[row, column];
        set => cells[row, column] = value;
    }

    /// <summary>A matrix whose cell (r, c) is <paramref name="init"/>(r, c).</summary>
    public static DenseMatrix Create(int rows, int columns, Func<int, int, double> init)
    {
        var m = new DenseMatrix(rows, columns);
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                m.cells[r, c] = init(r, c);
            }
        }

        return m;
    }

    /// <summary>The columns with their indices.</summary>
    public IEnumerable<Tuple<int, DenseVector>> ColumnEnumerator()
    {
        for (int c = 0; c < ColumnCount; c++)
        {
            var column = new double[RowCount];
            for (int r = 0; r < RowCount; r++)
            {
                column[r] = cells[r, c];
            }

            yield return Tuple.Create(c, new DenseVector(column));
        }
    }

    /// <summary>Replaces every cell by <paramref name="f"/>(r, c, value), column by column (column-major storage).</summary>
    public void MapIndexedInplace(Func<int, int, double, double> f)
    {
        for (int c = 0; c < ColumnCount; c++)
        {
            for (int r = 0; r < RowCount; r++)
            {
                cells[r, c] = f(r, c, cells[r, c]);
            }
        }
    }
}

/// <summary>Softmax over each column (one sample per column).</summary>
public sealed class SoftMax
{
    /// <summary>Forward pass.</summary>
    public DenseMatrix Apply(DenseMatrix inputs)
    {
        var maximas = inputs.ColumnEnumerator().Select(tuple => tuple.Item2.Maximum());
        var result = DenseMatrix.Create(
            inputs.RowCount,
            inputs.ColumnCount,
            (r, c) => Math.Exp(inputs[r, c] - maximas.ElementAt(c)));
        var scale = result.ColumnEnumerator().Select(tuple => tuple.Item2.Sum());
        result.MapIndexedInplace((r, c, v) => v / scale.ElementAt(c));
        return result;
    }

    /// <summary>The derivative the network multiplies the incoming gradient with, element-wise.</summary>
    public DenseMatrix Differentiate(DenseMatrix x, DenseMatrix inputs)
    {
        return DenseMatrix.Create(x.RowCount, x.ColumnCount, (r, c) => x[r, c] * (1.0 - x[r, c])); //~ LG0007
    }
}

/// <summary>Element-wise logistic activation.</summary>
public sealed class Sigmoid
{
    /// <summary>Forward pass.</summary>
    public DenseMatrix Apply(DenseMatrix inputs)
    {
        return DenseMatrix.Create(inputs.RowCount, inputs.ColumnCount, (r, c) => 1.0 / (1.0 + Math.Exp(-inputs[r, c])));
    }

    /// <summary>y(1 − y), the sigmoid's own derivative.</summary>
    public DenseMatrix Differentiate(DenseMatrix x, DenseMatrix inputs)
    {
        return DenseMatrix.Create(x.RowCount, x.ColumnCount, (r, c) => x[r, c] * (1.0 - x[r, c]));
    }
}

// known gap: missed: an exp in a lambda passed to the matrix's own Map, normalised by member RowSums()/DivideRows(), is not seen as a softmax
// gap: -LG0003@68
// HeldOut28. Idiom: a Matrix class over double[,] with Map(Func<double, double>) returning a new matrix, RowSums() and
// DivideRows(sums); the softmax is three chained member calls, the exp in the Map lambda.
// Use: topic weights of a batch of documents. Layout: row-major double[documents, topics].
// Bug LG0003: Map(v => Math.Exp(v)) exponentiates the raw scores, no row max subtracted.
using System;

namespace LayerGen.HeldOut28.MatrixMapLambda_RawExp;

/// <summary>A dense matrix with functional helpers.</summary>
public sealed class Matrix(double[,] values)
{
    public int Rows => values.GetLength(0);

    public int Columns => values.GetLength(1);

    public double this[int r, int c] => values[r, c];

    public Matrix Map(Func<double, double> f)
    {
        var result = new double[Rows, Columns];
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < Columns; c++)
            {
                result[r, c] = f(values[r, c]);
            }
        }

        return new Matrix(result);
    }

    public double[] RowSums()
    {
        var sums = new double[Rows];
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < Columns; c++)
            {
                sums[r] += values[r, c];
            }
        }

        return sums;
    }

    public Matrix DivideRows(double[] divisors)
    {
        var result = new double[Rows, Columns];
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < Columns; c++)
            {
                result[r, c] = values[r, c] / divisors[r];
            }
        }

        return new Matrix(result);
    }
}

/// <summary>Topic weights per document.</summary>
public static class TopicModel
{
    public static Matrix TopicWeights(Matrix scores)
    {
        var e = scores.Map(v => Math.Exp(v)); //~ LG0003
        var sums = e.RowSums();
        return e.DivideRows(sums);
    }
}

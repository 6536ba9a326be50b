// Bug variants (LG0001): a matrix type whose Max property folds every element it stores; the batch softmax subtracts
// it from each row. The getter is a helper: its fold spans the whole storage, so the max spans every row.
// Source: small C# matrix and tensor types in hobby NN libraries (a convenience Max/Peak property beside a 2-D
// indexer) — the shape of HeldOut7's ReadonlyStructMatrixMaxProperty, written anew over other storage layouts.
// Layout: Grid (class) stores float[,] [rows, cols]; Batch (readonly struct) stores jagged double[][] and folds with
// LINQ in an expression-bodied property. Softmax axis = the columns of one row.
using System;
using System.Linq;

namespace Recreations.GetterMaxWholeStorage;

public sealed class Grid
{
    private readonly float[,] _cells;

    public Grid(int rows, int cols) => _cells = new float[rows, cols];

    public int Rows => _cells.GetLength(0);

    public int Cols => _cells.GetLength(1);

    public float this[int r, int c]
    {
        get => _cells[r, c];
        set => _cells[r, c] = value;
    }

    public float Max
    {
        get
        {
            float best = float.NegativeInfinity;
            for (int r = 0; r < _cells.GetLength(0); r++)
            {
                for (int c = 0; c < _cells.GetLength(1); c++)
                {
                    best = MathF.Max(best, _cells[r, c]); //~ LG0001
                }
            }

            return best;
        }
    }
}

public readonly struct Batch
{
    private readonly double[][] _rows;

    public Batch(double[][] rows) => _rows = rows;

    public int Count => _rows.Length;

    public int Width => _rows[0].Length;

    public double this[int r, int c] => _rows[r][c];

    public double Peak => _rows.Max(row => row.Max()); //~ LG0001
}

public static class GridSoftmax
{
    public static void Rows(Grid logits, float[,] probs)
    {
        float shift = logits.Max;
        for (int r = 0; r < logits.Rows; r++)
        {
            float sum = 0f;
            for (int c = 0; c < logits.Cols; c++)
            {
                probs[r, c] = MathF.Exp(logits[r, c] - shift);
                sum += probs[r, c];
            }

            for (int c = 0; c < logits.Cols; c++)
            {
                probs[r, c] /= sum;
            }
        }
    }

    public static double[][] Rows(Batch logits)
    {
        var probs = new double[logits.Count][];
        for (int r = 0; r < logits.Count; r++)
        {
            var p = new double[logits.Width];
            double total = 0;
            for (int c = 0; c < p.Length; c++)
            {
                p[c] = Math.Exp(logits[r, c] - logits.Peak);
                total += p[c];
            }

            for (int c = 0; c < p.Length; c++)
            {
                p[c] /= total;
            }

            probs[r] = p;
        }

        return probs;
    }
}

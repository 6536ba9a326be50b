// Re-creates: a value-type matrix wrapper (struct with indexer and shape properties) as in small C# NN libraries' Matrix.cs, row softmax
// Layout: readonly struct over double[] row-major [Rows, Cols], indexer this[r, c]
// Expected: Correct
using System;

namespace HeldOut2.StructLogitsIndexer;

public readonly struct Matrix
{
    private readonly double[] _data;

    public Matrix(int rows, int cols, double[] data)
    {
        Rows = rows;
        Cols = cols;
        _data = data;
    }

    public int Rows { get; }

    public int Cols { get; }

    public double this[int r, int c]
    {
        get => _data[r * Cols + c];
        set => _data[r * Cols + c] = value;
    }

    public Matrix SoftmaxRows()
    {
        var result = new Matrix(Rows, Cols, new double[Rows * Cols]);
        for (int r = 0; r < Rows; r++)
        {
            double max = double.NegativeInfinity;
            for (int c = 0; c < Cols; c++)
            {
                max = Math.Max(max, this[r, c]);
            }

            double sum = 0;
            for (int c = 0; c < Cols; c++)
            {
                double e = Math.Exp(this[r, c] - max);
                result[r, c] = e;
                sum += e;
            }

            for (int c = 0; c < Cols; c++)
            {
                result[r, c] /= sum;
            }
        }

        return result;
    }
}

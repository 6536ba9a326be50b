// Idiom: a user Matrix class with a two-dimensional indexer `this[int r, int c]` over a flat float[] (use: a classifier head's batch softmax).
// Layout: rows = samples, columns = classes; element (r, c) stored at r * Cols + c (row-major).
// Correct: each row's max (an `if (v > max)` fold seeded with the row's first element) and sum run over that row only.
// Our own code.
#nullable enable
using System;

namespace HeldOut70.Indexer2D_RowMajorMatrix;

public sealed class Matrix
{
    private readonly float[] _data;

    public Matrix(int rows, int cols)
    {
        Rows = rows;
        Cols = cols;
        _data = new float[rows * cols];
    }

    public int Rows { get; }

    public int Cols { get; }

    public float this[int r, int c]
    {
        get => _data[r * Cols + c];
        set => _data[r * Cols + c] = value;
    }
}

public static class RowSoftmax
{
    public static Matrix Apply(Matrix logits)
    {
        var probs = new Matrix(logits.Rows, logits.Cols);
        for (int r = 0; r < logits.Rows; r++)
        {
            float max = logits[r, 0];
            for (int c = 1; c < logits.Cols; c++)
            {
                if (logits[r, c] > max) max = logits[r, c];
            }

            float sum = 0f;
            for (int c = 0; c < logits.Cols; c++)
            {
                float e = MathF.Exp(logits[r, c] - max);
                probs[r, c] = e;
                sum += e;
            }

            float inv = 1f / sum;
            for (int c = 0; c < logits.Cols; c++)
            {
                probs[r, c] *= inv;
            }
        }

        return probs;
    }
}

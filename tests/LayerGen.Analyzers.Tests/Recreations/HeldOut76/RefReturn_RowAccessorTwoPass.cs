// Idiom: a ref-returning accessor `ref float At(int r, int c)` on a small matrix class, written and re-read through
// the returned reference; a first pass stores every row's max in an array, a second pass uses `rowMax[r]`.
// Use: softmax per sample of a logits matrix. Layout: class wrapping float[rows * cols], row-major.
// Correct: rowMax[r] is the max of row r only; the sum is reset per row.
// Our own code.
using System;

namespace HeldOut76.RefReturn_RowAccessorTwoPass;

public sealed class Matrix(int rows, int cols)
{
    private readonly float[] _cells = new float[rows * cols];

    public int Rows { get; } = rows;

    public int Cols { get; } = cols;

    public ref float At(int r, int c) => ref _cells[r * Cols + c];
}

public static class Activation
{
    public static void SoftmaxRows(Matrix m)
    {
        var rowMax = new float[m.Rows];
        for (int r = 0; r < m.Rows; r++)
        {
            rowMax[r] = float.NegativeInfinity;
            for (int c = 0; c < m.Cols; c++)
            {
                rowMax[r] = MathF.Max(rowMax[r], m.At(r, c));
            }
        }

        for (int r = 0; r < m.Rows; r++)
        {
            float total = 0f;
            for (int c = 0; c < m.Cols; c++)
            {
                ref float cell = ref m.At(r, c);
                cell = MathF.Exp(cell - rowMax[r]);
                total += cell;
            }

            for (int c = 0; c < m.Cols; c++)
            {
                m.At(r, c) /= total;
            }
        }
    }
}

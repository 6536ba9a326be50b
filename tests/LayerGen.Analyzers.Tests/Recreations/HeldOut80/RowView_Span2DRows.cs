// Idiom: a user Span2D-like ref struct (Span<float> + Rows/Cols) whose Row(r) returns a Span slice; a helper normalises a row.
// Use: softmax per row of a matrix view over a caller's buffer, without copying.
// Layout: Span<float> viewed as [rows, cols] row-major, updated in place.
// Label: Correct (the helper receives one row view and shifts by its own max).
// Our own code.
#nullable enable
using System;

namespace HeldOut80.RowView_Span2DRows;

public readonly ref struct MatrixSpan
{
    private readonly Span<float> data;

    public MatrixSpan(Span<float> data, int rows, int cols)
    {
        this.data = data;
        Rows = rows;
        Cols = cols;
    }

    public int Rows { get; }

    public int Cols { get; }

    public Span<float> Row(int r) => data.Slice(r * Cols, Cols);
}

public static class RowSoftmax
{
    public static void Apply(MatrixSpan m)
    {
        for (int r = 0; r < m.Rows; r++)
        {
            SoftmaxInPlace(m.Row(r));
        }
    }

    private static void SoftmaxInPlace(Span<float> v)
    {
        float hi = v[0];
        for (int i = 1; i < v.Length; i++)
        {
            hi = MathF.Max(hi, v[i]);
        }

        float z = 0f;
        for (int i = 0; i < v.Length; i++)
        {
            z += v[i] = MathF.Exp(v[i] - hi);
        }

        for (int i = 0; i < v.Length; i++)
        {
            v[i] /= z;
        }
    }
}

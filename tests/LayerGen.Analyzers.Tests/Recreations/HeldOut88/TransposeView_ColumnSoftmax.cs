// Idiom: a strided 2-D view (`Transpose()` swaps shape and strides, no copy), used as `softmax(z.T, axis=-1).T`:
// the class-major activations are transposed into a (batch, classes) view and normalised along its last axis.
// Use: output layer of a network ported from `Z = W @ X` code, activations stored (classes, batch).
// Layout: float[] holding z as (classes, batch) row-major; the view z.T has shape (batch, classes), strides (1, batch).
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut88.TransposeView_ColumnSoftmax;

public readonly struct View2D
{
    private readonly float[] _data;
    private readonly int _offset;

    public View2D(float[] data, int rows, int cols) : this(data, 0, rows, cols, cols, 1) { }

    private View2D(float[] data, int offset, int rows, int cols, int rowStride, int colStride)
    {
        _data = data;
        _offset = offset;
        Rows = rows;
        Cols = cols;
        RowStride = rowStride;
        ColStride = colStride;
    }

    public int Rows { get; }
    public int Cols { get; }
    public int RowStride { get; }
    public int ColStride { get; }

    public View2D Transpose() => new(_data, _offset, Cols, Rows, ColStride, RowStride);

    public float this[int i, int j]
    {
        get => _data[_offset + i * RowStride + j * ColStride];
        set => _data[_offset + i * RowStride + j * ColStride] = value;
    }
}

public static class OutputLayer
{
    // softmax along the last axis of whatever view it is given.
    public static void SoftmaxLastAxis(View2D x, View2D y)
    {
        for (int i = 0; i < x.Rows; i++)
        {
            float m = float.NegativeInfinity;
            for (int j = 0; j < x.Cols; j++) m = MathF.Max(m, x[i, j]);
            float s = 0f;
            for (int j = 0; j < x.Cols; j++)
            {
                y[i, j] = MathF.Exp(x[i, j] - m);
                s += y[i, j];
            }

            float inv = 1f / s;
            for (int j = 0; j < x.Cols; j++) y[i, j] *= inv;
        }
    }

    public static float[] Activate(float[] z, int classes, int batch)
    {
        var a = new float[z.Length];
        SoftmaxLastAxis(new View2D(z, classes, batch).Transpose(), new View2D(a, classes, batch).Transpose());
        return a;
    }
}

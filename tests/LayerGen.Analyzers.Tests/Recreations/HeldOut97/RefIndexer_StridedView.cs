// Idiom: a readonly unsafe struct view over a pinned pointer with a ref-returning indexer this[row, col] and two strides.
// Use: a tensor view type of a small native-interop ML library, so the same kernel serves any memory order.
// Layout: flat float[classes * batch] stored column-major (sample r, class c at c * batch + r), read through a view with
// rowStride 1 and colStride batch; softmax over each logical row.
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut97.RefIndexer_StridedView;

public readonly unsafe struct MatrixView
{
    private readonly float* _data;
    private readonly int _rowStride;
    private readonly int _colStride;

    public MatrixView(float* data, int rows, int cols, int rowStride, int colStride)
    {
        _data = data;
        Rows = rows;
        Cols = cols;
        _rowStride = rowStride;
        _colStride = colStride;
    }

    public int Rows { get; }
    public int Cols { get; }

    public ref float this[int r, int c] => ref _data[r * _rowStride + c * _colStride];
}

public static unsafe class ViewKernels
{
    public static void SoftmaxRows(MatrixView src, MatrixView dst)
    {
        for (int r = 0; r < src.Rows; r++)
        {
            float max = float.NegativeInfinity;
            for (int c = 0; c < src.Cols; c++)
                max = MathF.Max(max, src[r, c]);

            float sum = 0f;
            for (int c = 0; c < src.Cols; c++)
            {
                ref float slot = ref dst[r, c];
                slot = MathF.Exp(src[r, c] - max);
                sum += slot;
            }

            for (int c = 0; c < src.Cols; c++)
                dst[r, c] /= sum;
        }
    }

    public static void SoftmaxColumnMajor(float[] x, float[] y, int batch, int classes)
    {
        fixed (float* px = x, py = y)
        {
            var src = new MatrixView(px, batch, classes, 1, batch);
            var dst = new MatrixView(py, batch, classes, 1, batch);
            SoftmaxRows(src, dst);
        }
    }
}

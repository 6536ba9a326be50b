// Idiom: a blittable [StructLayout(Sequential)] tensor descriptor (as passed to/from a native library) with element
// strides, pointer arithmetic driven by the descriptor; `in` parameter.
// Use: a managed fallback kernel behind a P/Invoke API that takes the same descriptor as the native kernel.
// Layout: double* with any (RowStride, ColStride): row-major (classes, 1) or column-major (1, rows); softmax along Cols
// for each row.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Runtime.InteropServices;

namespace HeldOut97.PInvokeDesc_StridedRows;

[StructLayout(LayoutKind.Sequential)]
public struct TensorDesc
{
    public int Rows;
    public int Cols;
    public nint RowStride;
    public nint ColStride;
}

public static unsafe class ManagedKernels
{
    public static void SoftmaxLastAxis(in TensorDesc desc, double* src, double* dst)
    {
        for (int r = 0; r < desc.Rows; r++)
        {
            double* s = src + r * desc.RowStride;
            double* d = dst + r * desc.RowStride;

            double max = *s;
            for (int c = 1; c < desc.Cols; c++)
            {
                double v = s[c * desc.ColStride];
                if (v > max) max = v;
            }

            double sum = 0.0;
            for (int c = 0; c < desc.Cols; c++)
            {
                double e = Math.Exp(s[c * desc.ColStride] - max);
                d[c * desc.ColStride] = e;
                sum += e;
            }

            for (int c = 0; c < desc.Cols; c++)
                d[c * desc.ColStride] /= sum;
        }
    }
}

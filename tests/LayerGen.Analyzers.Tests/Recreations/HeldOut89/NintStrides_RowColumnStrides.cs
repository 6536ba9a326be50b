// Idiom: a 2-D strided view `(double* x, double* y, int rows, int cols, nint rowStride, nint colStride)` as exported
// by a native library (strides in elements, so one kernel serves row- and column-major buffers).
// Use: softmax over the columns of each row (each row one sample).
// Layout: unmanaged double buffer; element (r, c) at r * rowStride + c * colStride; peaks in a stackalloc scratch.
// Bug (LG0004): `colPeak[c]` is the max down column c (over the rows), the sum runs along each row.
// Our own code.
using System;

namespace HeldOut89.NintStrides_RowColumnStrides;

public static unsafe class StridedSoftmax
{
    public static void Softmax(double* x, double* y, int rows, int cols, nint rowStride, nint colStride)
    {
        Span<double> colPeak = cols <= 128 ? stackalloc double[cols] : new double[cols];
        for (int c = 0; c < cols; c++)
        {
            double* column = x + c * colStride;
            double peak = double.NegativeInfinity;
            for (int r = 0; r < rows; r++)
            {
                peak = Math.Max(peak, column[r * rowStride]); //~ LG0004
            }

            colPeak[c] = peak;
        }

        for (int r = 0; r < rows; r++)
        {
            double* xr = x + r * rowStride;
            double* yr = y + r * rowStride;
            double sum = 0;
            for (int c = 0; c < cols; c++)
            {
                yr[c * colStride] = Math.Exp(xr[c * colStride] - colPeak[c]);
                sum += yr[c * colStride];
            }

            for (int c = 0; c < cols; c++)
            {
                yr[c * colStride] /= sum;
            }
        }
    }
}

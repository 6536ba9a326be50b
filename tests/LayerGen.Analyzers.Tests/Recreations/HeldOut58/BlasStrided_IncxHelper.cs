// HeldOut58 — a BLAS-style level-1 routine ported from C: ssoftmax(n, x, offx, incx, y, offy, incy), walking a strided
// vector like saxpy/sasum (ix += incx), and a driver that applies it to each column of a row-major C matrix
// (offset j, increment = number of columns). Inspired by the LINPACK/BLAS "n, dx, incx" signatures in public Fortran
// code; our own code.
// Layout: float[] row-major [classes, batch] (a sample is a column, stride `batch`); softmax per column.
// Correct.
using System;

namespace HeldOut58.BlasStrided_IncxHelper;

public static class Blas
{
    public static void SoftmaxColumns(int classes, int batch, float[] a, float[] y)
    {
        for (int j = 0; j < batch; j++)
        {
            Ssoftmax(classes, a, j, batch, y, j, batch);
        }
    }

    private static void Ssoftmax(int n, float[] x, int offx, int incx, float[] y, int offy, int incy)
    {
        if (n <= 0)
        {
            return;
        }

        float xmax = x[offx];
        int ix = offx + incx;
        for (int i = 1; i < n; i++)
        {
            xmax = MathF.Max(xmax, x[ix]);
            ix += incx;
        }

        float sum = 0f;
        ix = offx;
        int iy = offy;
        for (int i = 0; i < n; i++)
        {
            y[iy] = MathF.Exp(x[ix] - xmax);
            sum += y[iy];
            ix += incx;
            iy += incy;
        }

        float scale = 1f / sum;
        iy = offy;
        for (int i = 0; i < n; i++)
        {
            y[iy] *= scale;
            iy += incy;
        }
    }
}

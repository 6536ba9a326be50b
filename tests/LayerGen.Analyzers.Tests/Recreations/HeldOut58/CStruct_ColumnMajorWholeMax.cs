// HeldOut58 — a LAPACK-style column-major matrix struct from C ("struct { int m, n, ld; float *a; }", A(i,j) =
// a[i + j*ld]) ported as a record; the softmax runs down each column (one sample per column), but the maximum is taken
// by one sweep over the whole storage array, as a C "for (k = 0; k < ld*n; k++)" would. Our own code.
// Layout: record ColMatrix(M, N, Ld, float[] A), column-major with leading dimension Ld; softmax per column.
// Bug: LG0001 — the maximum spans every column (and the padding), the sum one column.
using System;

namespace HeldOut58.CStruct_ColumnMajorWholeMax;

public sealed record ColMatrix(int M, int N, int Ld, float[] A);

public static class LapackStyle
{
    public static float[] SoftmaxColumns(ColMatrix x)
    {
        float[] a = x.A;
        float big = float.NegativeInfinity;
        for (int k = 0; k < x.Ld * x.N; k++)
        {
            if (a[k] > big) big = a[k]; //~ LG0001
        }

        var p = new float[x.Ld * x.N];
        for (int j = 0; j < x.N; j++)
        {
            float colSum = 0f;
            for (int i = 0; i < x.M; i++)
            {
                p[i + j * x.Ld] = MathF.Exp(a[i + j * x.Ld] - big);
                colSum += p[i + j * x.Ld];
            }

            for (int i = 0; i < x.M; i++)
            {
                p[i + j * x.Ld] /= colSum;
            }
        }

        return p;
    }
}

// Idiom: generic-math kernel over span slices (T : IFloatingPointIeee754<T>), rows processed by a per-row loop with a
// reduction variable declared at kernel scope.
// Use: row softmax of a flat batch for float or double.
// Layout: flat T[] row-major, row r = x.AsSpan(r * n, n); output written into a T[] of the same shape.
// Bug (LG0002): the partition sum is declared once for the whole launch and accumulated over every row, so each row is
// divided by a total over itself and all earlier rows.
// Our own code.
#nullable enable
using System;
using System.Numerics;

namespace HeldOut96.GenericKernel_FlatBatchTotal;

public static class FlatGenericSoftmax
{
    public static T[] Forward<T>(T[] x, int n) where T : IFloatingPointIeee754<T>
    {
        var y = new T[x.Length];
        int rows = x.Length / n;
        T partition = T.Zero;

        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<T> row = x.AsSpan(r * n, n);
            Span<T> dst = y.AsSpan(r * n, n);

            T top = row[0];
            foreach (T v in row)
            {
                if (v > top) top = v;
            }

            for (int k = 0; k < n; k++)
            {
                dst[k] = T.Exp(row[k] - top);
                partition += dst[k]; //~ LG0002
            }

            for (int k = 0; k < n; k++)
            {
                dst[k] /= partition;
            }
        }

        return y;
    }
}

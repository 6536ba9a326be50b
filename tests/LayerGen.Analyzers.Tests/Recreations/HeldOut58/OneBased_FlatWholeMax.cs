// HeldOut58 — a 1-based C routine over a flat matrix a[1..m*n] (Fortran-style "a(k), k = 1, m*n" for the maximum),
// then per-row exp and sums with "(i - 1) * n + j - 1" offsets. Our own code.
// Layout: float[] flat row-major [m rows = batch, n columns = classes]; softmax per row.
// Bug: LG0001 — the maximum spans all m*n elements, the sum one row.
using System;

namespace HeldOut58.OneBased_FlatWholeMax;

public static class NrPort
{
    public static void Softmax(float[] a, float[] p, int m, int n)
    {
        float amax = a[0];
        for (int k = 2; k <= m * n; k++)
        {
            amax = MathF.Max(amax, a[k - 1]); //~ LG0001
        }

        for (int i = 1; i <= m; i++)
        {
            float sum = 0f;
            for (int j = 1; j <= n; j++)
            {
                p[(i - 1) * n + j - 1] = MathF.Exp(a[(i - 1) * n + j - 1] - amax);
                sum += p[(i - 1) * n + j - 1];
            }

            for (int j = 1; j <= n; j++)
            {
                p[(i - 1) * n + j - 1] /= sum;
            }
        }
    }
}

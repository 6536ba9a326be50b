// HeldOut58 — a Numerical-Recipes-style 1-based routine (arrays a[1..m][1..n] in the C original) ported to a jagged
// C# array with the loops kept 1-based and every index translated with "- 1". Our own code.
// Layout: jagged double[][] [batch][classes]; softmax per row.
// Correct.
using System;

namespace HeldOut58.OneBased_JaggedRows;

public static class NrPort
{
    public static void Softmax(double[][] a, double[][] p, int m, int n)
    {
        int i, j;
        double amax, sum;
        for (i = 1; i <= m; i++)
        {
            amax = a[i - 1][0];
            for (j = 2; j <= n; j++)
            {
                if (a[i - 1][j - 1] > amax) amax = a[i - 1][j - 1];
            }

            sum = 0.0;
            for (j = 1; j <= n; j++)
            {
                p[i - 1][j - 1] = Math.Exp(a[i - 1][j - 1] - amax);
                sum += p[i - 1][j - 1];
            }

            for (j = 1; j <= n; j++)
            {
                p[i - 1][j - 1] /= sum;
            }
        }
    }
}

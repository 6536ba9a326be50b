// Idiom: one-letter names, variables declared and initialised once at the top of the method (m from a[0][0]), a
// double[][] result built in loops, arrays sized by .Length.
// Layout: double[][] [samples][classes].
// Bug (LG0001): m is initialised once above the row loop and never reset, so each row is shifted by the running max of
// all rows so far (t is reset per row).
using System;

namespace HeldOut33.OneLetterMaxNeverReset;

/// <summary>Quiz answer: softmax of each row.</summary>
public static class Q
{
    public static double[][] S(double[][] a)
    {
        int n = a.Length;
        double m = a[0][0];
        double t;
        var r = new double[n][];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < a[i].Length; j++) if (a[i][j] > m) m = a[i][j]; //~ LG0001
            t = 0;
            r[i] = new double[a[i].Length];
            for (int j = 0; j < a[i].Length; j++)
            {
                r[i][j] = Math.Exp(a[i][j] - m);
                t += r[i][j];
            }

            for (int j = 0; j < a[i].Length; j++) r[i][j] /= t;
        }

        return r;
    }
}

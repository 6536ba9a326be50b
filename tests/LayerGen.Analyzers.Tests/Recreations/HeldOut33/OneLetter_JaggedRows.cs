// Idiom: one-letter names everywhere (a competitive-programming or quiz answer), double[][] result built in loops,
// arrays sized by .Length, a local alias x for the current row.
// Layout: double[][] [samples][classes].
// Correct: m and t are (re)initialised inside the row loop.
using System;

namespace HeldOut33.OneLetterJaggedRows;

/// <summary>Quiz answer: softmax of each row.</summary>
public static class Q
{
    public static double[][] S(double[][] a)
    {
        var r = new double[a.Length][];
        for (int i = 0; i < a.Length; i++)
        {
            var x = a[i];
            double m = x[0];
            for (int j = 1; j < x.Length; j++) if (x[j] > m) m = x[j];
            double t = 0;
            var y = new double[x.Length];
            for (int j = 0; j < x.Length; j++)
            {
                y[j] = Math.Exp(x[j] - m);
                t += y[j];
            }

            for (int j = 0; j < x.Length; j++) y[j] /= t;
            r[i] = y;
        }

        return r;
    }
}

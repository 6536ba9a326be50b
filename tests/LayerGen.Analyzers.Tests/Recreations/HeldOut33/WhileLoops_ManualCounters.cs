// Idiom: a textbook exercise written with while loops and manual counters (i++, j++ at the end of the body), sizes
// from GetLength, a rectangular result array.
// Layout: double[,] [samples, classes].
// Correct: the max and the sum are restarted for each row i.
using System;

namespace HeldOut33.WhileLoopsManualCounters;

/// <summary>Exercise 4.2: softmax with while loops.</summary>
public static class Exercise42
{
    public static double[,] Softmax(double[,] z)
    {
        int rows = z.GetLength(0);
        int cols = z.GetLength(1);
        double[,] p = new double[rows, cols];
        int i = 0;
        while (i < rows)
        {
            double mx = z[i, 0];
            int j = 1;
            while (j < cols)
            {
                if (z[i, j] > mx) mx = z[i, j];
                j++;
            }

            double s = 0.0;
            j = 0;
            while (j < cols)
            {
                p[i, j] = Math.Exp(z[i, j] - mx);
                s = s + p[i, j];
                j++;
            }

            j = 0;
            while (j < cols)
            {
                p[i, j] = p[i, j] / s;
                j++;
            }

            i++;
        }

        return p;
    }
}

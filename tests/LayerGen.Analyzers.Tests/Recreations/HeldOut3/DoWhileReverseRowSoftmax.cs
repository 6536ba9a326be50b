// Re-creates: a C port (plain C neural-network tutorial code) translated to C# with do-while loops that run from
// the last element down, the max seeded with the row's last element.
// Layout: double[][] rows; softmax axis = each row.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut3.DoWhileReverseRowSoftmax;

public static class ReverseSoftmax
{
    public static void Forward(double[][] x, double[][] y)
    {
        int r = 0;
        do
        {
            double[] row = x[r];
            double[] dst = y[r];
            int n = row.Length;
            double max = row[n - 1];
            int i = n - 2;
            do
            {
                if (row[i] > max)
                {
                    max = row[i];
                }

                i--;
            }
            while (i >= 0);

            double sum = 0;
            i = n - 1;
            do
            {
                dst[i] = Math.Exp(row[i] - max);
                sum += dst[i];
                i--;
            }
            while (i >= 0);

            i = n - 1;
            do
            {
                dst[i] /= sum;
                i--;
            }
            while (i >= 0);

            r++;
        }
        while (r < x.Length);
    }
}

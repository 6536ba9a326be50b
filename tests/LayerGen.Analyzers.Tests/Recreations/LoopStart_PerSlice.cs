// Correct twins of LoopStart_TooWideReductions: loops that start at the slice and end with it (row-major
// `start .. start + cols`, end as a local) and column-major walks that start at the sample and step by batch
// (for and while). Layouts: flat [rows, cols] row-major, flat [classes, batch] column-major. float/double.
// Correct: max and sum per slice.
using System;

namespace Recreations.LoopStartPerSlice;

public static class StartedLoops
{
    public static void RowStartEnd(float[] x, float[] y, int cols)
    {
        for (int row = 0; row < x.Length / cols; row++)
        {
            int start = row * cols;
            int end = start + cols;
            float max = float.NegativeInfinity;
            for (int i = start; i < end; i++)
            {
                max = MathF.Max(max, x[i]);
            }

            float sum = 0f;
            for (int i = start; i < end; i++)
            {
                y[i] = MathF.Exp(x[i] - max);
                sum += y[i];
            }

            for (int i = start; i < end; i++)
            {
                y[i] /= sum;
            }
        }
    }

    public static void ColumnStrided(double[] z, double[] a, int classes, int batch)
    {
        int n = classes * batch;
        for (int b = 0; b < batch; b++)
        {
            double max = double.MinValue;
            int k = b;
            while (k < n)
            {
                max = Math.Max(max, z[k]);
                k += batch;
            }

            double sum = 0;
            for (int i = b; i < n; i += batch)
            {
                a[i] = Math.Exp(z[i] - max);
                sum += a[i];
            }

            for (int i = b; i < n; i += batch)
            {
                a[i] /= sum;
            }
        }
    }
}

// Variants of the flat start/end softmax loops in SharpNet-style CPU kernels and column-major course code
// (`for (i = start; i < end; i++)`, `for (i = b; i < n; i += batch)`): the index is the loop variable alone, and the
// slice is picked by where the loop starts. Layouts: flat [rows, cols] row-major and flat [classes, batch]
// column-major. float/double.
// Bugs: a loop that starts at the slice but runs to the end of the buffer (LG0002: the sum takes every later slice;
// LG0001: the max does), and a column-major sum stepping while loop that walks on by one.
using System;

namespace Recreations.LoopStartTooWideReductions;

public static class StartedLoops
{
    // Row-major: the sum loop starts at the row but runs to x.Length.
    public static void SumToEnd(float[] x, float[] y, int cols)
    {
        for (int start = 0; start < x.Length; start += cols)
        {
            float max = float.NegativeInfinity;
            for (int i = start; i < start + cols; i++)
            {
                max = MathF.Max(max, x[i]);
            }

            float sum = 0f;
            for (int i = start; i < x.Length; i++)
            {
                sum += MathF.Exp(x[i] - max); //~ LG0002
            }

            for (int i = start; i < start + cols; i++)
            {
                y[i] = MathF.Exp(x[i] - max) / sum;
            }
        }
    }

    // Column-major: the max walks from the sample's first logit to the end of the buffer by one.
    public static void MaxToEnd(double[] z, double[] a, int classes, int batch)
    {
        int n = classes * batch;
        for (int b = 0; b < batch; b++)
        {
            double max = double.MinValue;
            int k = b;
            while (k < n)
            {
                max = Math.Max(max, z[k]); //~ LG0001
                k++;
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

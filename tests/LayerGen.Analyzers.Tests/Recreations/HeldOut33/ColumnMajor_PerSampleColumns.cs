// Idiom: a course assignment ported from NumPy, Z = W·X + b with examples as columns (Andrew Ng's convention), built
// with nested loops into a jagged array; Softmax works on each column.
// Layout: double[][] Z [classes][samples] (column-major: one sample is a column).
// Correct: for every sample n, the max and the sum run over the classes k of that column.
using System;

namespace HeldOut33.ColumnMajorPerSampleColumns;

/// <summary>Forward propagation of the output layer, examples as columns.</summary>
public static class Assignment2
{
    public static double[][] LinearForward(double[][] w, double[][] x, double[] b)
    {
        int classes = w.Length;
        int features = x.Length;
        int samples = x[0].Length;
        double[][] z = new double[classes][];
        for (int k = 0; k < classes; k++)
        {
            z[k] = new double[samples];
            for (int n = 0; n < samples; n++)
            {
                double acc = b[k];
                for (int f = 0; f < features; f++)
                {
                    acc += w[k][f] * x[f][n];
                }

                z[k][n] = acc;
            }
        }

        return z;
    }

    public static double[][] Softmax(double[][] z)
    {
        int classes = z.Length;
        int samples = z[0].Length;
        double[][] a = new double[classes][];
        for (int k = 0; k < classes; k++)
        {
            a[k] = new double[samples];
        }

        for (int n = 0; n < samples; n++)
        {
            double colMax = z[0][n];
            for (int k = 1; k < classes; k++)
            {
                if (z[k][n] > colMax) colMax = z[k][n];
            }

            double colSum = 0;
            for (int k = 0; k < classes; k++)
            {
                a[k][n] = Math.Exp(z[k][n] - colMax);
                colSum += a[k][n];
            }

            for (int k = 0; k < classes; k++)
            {
                a[k][n] /= colSum;
            }
        }

        return a;
    }
}

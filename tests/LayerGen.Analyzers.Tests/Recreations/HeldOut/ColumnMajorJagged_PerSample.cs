// Re-creation (our own code) of the Z = W·X column-major output layer seen in olegtarasov/Retia (SoftMax.cs, one
// column per sample) written with jagged arrays as in small C# MLPs: z[class][sample], softmax down each column.
// Layout: jagged double[classes][batch], column-major (outer index = class). Correct: max and sum per sample.
using System;

namespace HeldOut.ColumnMajorJaggedPerSample;

public static class OutputLayer
{
    public static double[][] Activate(double[][] z)
    {
        int classes = z.Length;
        int batch = z[0].Length;
        var a = new double[classes][];
        for (int c = 0; c < classes; c++)
        {
            a[c] = new double[batch];
        }

        for (int s = 0; s < batch; s++)
        {
            double max = z[0][s];
            for (int c = 1; c < classes; c++)
            {
                if (z[c][s] > max)
                {
                    max = z[c][s];
                }
            }

            double sum = 0;
            for (int c = 0; c < classes; c++)
            {
                a[c][s] = Math.Exp(z[c][s] - max);
                sum += a[c][s];
            }

            for (int c = 0; c < classes; c++)
            {
                a[c][s] /= sum;
            }
        }

        return a;
    }
}

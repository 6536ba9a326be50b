// Re-creates: the column-major output layer of a from-scratch C# MLP (Z = W·X, activations [classes, batch]),
// the shape of ConvNetSharp-style and course-code NeuralNetwork.cs SoftmaxActivation
// Layout: double[,] column-major: first index class, second index sample
// Expected: Correct
using System;

namespace HeldOut2.ColumnMajorSoftmax2D;

public static class SoftmaxActivation
{
    public static double[,] Activate(double[,] z)
    {
        int classes = z.GetLength(0);
        int batch = z.GetLength(1);
        var a = new double[classes, batch];
        for (int j = 0; j < batch; j++)
        {
            double max = z[0, j];
            for (int i = 1; i < classes; i++)
            {
                if (z[i, j] > max) max = z[i, j];
            }

            double sum = 0;
            for (int i = 0; i < classes; i++)
            {
                a[i, j] = Math.Exp(z[i, j] - max);
                sum += a[i, j];
            }

            for (int i = 0; i < classes; i++)
            {
                a[i, j] /= sum;
            }
        }

        return a;
    }
}

// Re-creates: a from-scratch C# MLP storing activations as jagged [neuron][sample] (Z = W·X with jagged arrays)
// Layout: jagged double[classes][batch], column-major for samples; softmax per sample over classes
// Expected: Correct
using System;

namespace HeldOut2.JaggedColumnMajorSoftmax;

public static class Network
{
    public static double[][] SoftmaxColumns(double[][] z)
    {
        int classes = z.Length;
        int batch = z[0].Length;
        var a = new double[classes][];
        for (int k = 0; k < classes; k++)
        {
            a[k] = new double[batch];
        }

        for (int s = 0; s < batch; s++)
        {
            double max = double.NegativeInfinity;
            for (int k = 0; k < classes; k++)
            {
                max = Math.Max(max, z[k][s]);
            }

            double sum = 0;
            for (int k = 0; k < classes; k++)
            {
                a[k][s] = Math.Exp(z[k][s] - max);
                sum += a[k][s];
            }

            for (int k = 0; k < classes; k++)
            {
                a[k][s] /= sum;
            }
        }

        return a;
    }
}

// Re-creation (our own code) of the column-wise softmax of a "Z = W * X" network, where every column is one
// sample: dani2442/ConcursoModelizacion, NeuralNetwork/NeuralNetwork/Softmax.h (Eigen: Z.colwise().maxCoeff(),
// A.colwise().sum()) written as the plain C# loops a port produces; olegtarasov/Retia
// (Retia/Mathematics/SoftMax.cs) keeps C# batches the same way.
// Layout: column-major double[classes, batch]: z[k, s] is class k of sample s. Correct: for each sample
// column s the max and the sum run down the column (over k).
using System;

namespace Recreations.ColumnMajorZwxPerColumn;

public static class OutputLayer
{
    public static double[,] Activate(double[,] z)
    {
        int classes = z.GetLength(0);
        int samples = z.GetLength(1);
        var a = new double[classes, samples];
        for (int s = 0; s < samples; s++)
        {
            double colMax = double.NegativeInfinity;
            for (int k = 0; k < classes; k++)
            {
                colMax = Math.Max(colMax, z[k, s]);
            }

            double colSum = 0;
            for (int k = 0; k < classes; k++)
            {
                a[k, s] = Math.Exp(z[k, s] - colMax);
                colSum += a[k, s];
            }

            for (int k = 0; k < classes; k++)
            {
                a[k, s] /= colSum;
            }
        }

        return a;
    }
}

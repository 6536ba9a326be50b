// Re-creation (our own code) of a C# port of "Neural Networks from Scratch" (class ActivationSoftmax, method softmax
// over double[,]; found in the public code index without a repository name): the per-row maximum and sum are kept in
// [rows, 1] two-dimensional arrays, max_values[i, 0] and sum_values[i, 0], across four separate passes.
// Layout: row-major double[rows, cols]; reductions stored in double[rows, 1]. Correct.
using System;

namespace HeldOut.NnfsPortRowMaxColumnArrays;

public sealed class ActivationSoftmax
{
    public double[,] Forward(double[,] outputs)
    {
        int rows = outputs.GetLength(0);
        int cols = outputs.GetLength(1);
        var maxValues = new double[rows, 1];
        for (int i = 0; i < rows; i++)
        {
            maxValues[i, 0] = outputs[i, 0];
            for (int j = 1; j < cols; j++)
            {
                if (outputs[i, j] > maxValues[i, 0])
                {
                    maxValues[i, 0] = outputs[i, j];
                }
            }
        }

        var expValues = new double[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                expValues[i, j] = Math.Exp(outputs[i, j] - maxValues[i, 0]);
            }
        }

        var sumValues = new double[rows, 1];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                sumValues[i, 0] += expValues[i, j];
            }
        }

        var normalised = new double[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                normalised[i, j] = expValues[i, j] / sumValues[i, 0];
            }
        }

        return normalised;
    }
}

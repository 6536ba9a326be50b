// Variant (our own code) of the C# "Neural Networks from Scratch" port (ActivationSoftmax.softmax over double[,],
// reductions kept in [rows, 1] arrays): the sums are accumulated into sumValues[0, 0] for every row (the [1, 1]
// shape of numpy's keepdims result mistaken for a scalar), and each row is divided by that one cell.
// Layout: row-major double[rows, cols]. Bug (LG0002): one sum over the whole batch.
using System;

namespace HeldOut.NnfsPortSumSingleCell;

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

        var sumValues = new double[1, 1];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                sumValues[0, 0] += expValues[i, j]; //~ LG0002
            }
        }

        var normalised = new double[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                normalised[i, j] = expValues[i, j] / sumValues[0, 0];
            }
        }

        return normalised;
    }
}

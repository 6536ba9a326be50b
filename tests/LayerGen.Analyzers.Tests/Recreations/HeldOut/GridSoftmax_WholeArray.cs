// Re-creation (our own code) of a joint action distribution over a 2D grid (Boltzmann exploration over grid cells,
// after cureos/aforge's BoltzmannExploration extended to a board): one softmax over every cell of the rectangular
// array, so the maximum and the sum legitimately span both dimensions.
// Layout: double[rows, cols], softmax axis = the whole array. Correct: no LG0001–LG0004;
// the LG0008 suggestion (Info: "if the rows are samples, normalise each row") is expected at the sum.
using System;

namespace HeldOut.GridSoftmaxWholeArray;

public static class GridPolicy
{
    public static double[,] Probabilities(double[,] values)
    {
        int rows = values.GetLength(0);
        int cols = values.GetLength(1);
        double max = double.NegativeInfinity;
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                max = Math.Max(max, values[i, j]);
            }
        }

        var p = new double[rows, cols];
        double sum = 0;
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                p[i, j] = Math.Exp(values[i, j] - max);
                sum += p[i, j]; //~ LG0008
            }
        }

        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                p[i, j] /= sum;
            }
        }

        return p;
    }
}

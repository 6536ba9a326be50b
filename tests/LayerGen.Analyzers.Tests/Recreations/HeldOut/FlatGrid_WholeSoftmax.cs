// Re-creation (our own code) of a joint distribution over the cells of a board stored flat, row by row (cureos/aforge's
// BoltzmannExploration over actions, extended to a width x height board): one softmax over every cell, walked with
// row and column loops over x[r * width + c].
// Layout: flat double[height * width] walked as 2D; softmax axis = the whole board. Correct: no LG0001–LG0004;
// the LG0008 suggestion (Info: "if the rows are samples, normalise each row") is expected at the sum.
using System;

namespace HeldOut.FlatGridWholeSoftmax;

public static class BoardPolicy
{
    public static double[] Probabilities(double[] cells, int height, int width)
    {
        double max = double.NegativeInfinity;
        for (int r = 0; r < height; r++)
        {
            for (int c = 0; c < width; c++)
            {
                max = Math.Max(max, cells[r * width + c]);
            }
        }

        var p = new double[cells.Length];
        double sum = 0;
        for (int r = 0; r < height; r++)
        {
            for (int c = 0; c < width; c++)
            {
                p[r * width + c] = Math.Exp(cells[r * width + c] - max);
                sum += p[r * width + c]; //~ LG0008
            }
        }

        for (int r = 0; r < height; r++)
        {
            for (int c = 0; c < width; c++)
            {
                p[r * width + c] /= sum;
            }
        }

        return p;
    }
}

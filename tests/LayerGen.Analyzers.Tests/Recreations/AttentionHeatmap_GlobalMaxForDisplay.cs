// Re-creation (our own code) of two real pieces used together: a per-row attention softmax (the row loop of
// nietras/Llm.cs, src/Llm/Llm.cs) followed by a heatmap of the weights scaled by their global max, as
// y-takashina/MatViz, MatrixVisualizer.cs (CreateMatrixImage: one max over the whole matrix, value / (max / 255))
// renders matrices. Layout: row-major double[queries, keys].
// Correct: the softmax's max and sum are per row; the global max only scales grey levels of the picture,
// after the softmax, and is not subtracted before any exp.
using System;

namespace Recreations.AttentionHeatmapGlobalMaxForDisplay;

public static class AttentionMap
{
    public static (double[,] Weights, byte[,] Grey) Render(double[,] scores)
    {
        int rows = scores.GetLength(0);
        int cols = scores.GetLength(1);
        var weights = new double[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            double max = double.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                max = Math.Max(max, scores[i, j]);
            }

            double sum = 0;
            for (int j = 0; j < cols; j++)
            {
                weights[i, j] = Math.Exp(scores[i, j] - max);
                sum += weights[i, j];
            }

            for (int j = 0; j < cols; j++)
            {
                weights[i, j] /= sum;
            }
        }

        double brightest = double.MinValue;
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                if (weights[i, j] > brightest)
                {
                    brightest = weights[i, j];
                }
            }
        }

        double unit = brightest / 255.0;
        var grey = new byte[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                grey[i, j] = (byte)(weights[i, j] / unit);
            }
        }

        return (weights, grey);
    }
}

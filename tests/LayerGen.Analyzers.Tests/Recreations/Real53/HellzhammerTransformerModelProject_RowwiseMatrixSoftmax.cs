// Source: hellzhammer/TransformerModelProject MatrixUtils.cs:76 (re-created, not copied); the same owner's
// Kronus_Neural is in Real52, this is a different repository.
// Layout: attention scores in a double[rows, cols] (queries × keys); per row i: the maximum over j with Math.Max,
// shifted exps written into a fresh matrix with a running sum, a guard that replaces a zero or NaN sum by 1, then
// an in-place division loop. The caller scales the scores by 1 / √d first.
// Label: correct — max and sum run over j and are reset for every row i; rows offset by ±1000 give the same weights.
using System;

namespace Recreations.Real53.HellzhammerTransformerModelProjectRowwiseMatrixSoftmax;

public static class MatrixUtils
{
    public static void Scale(double[,] matrix, double factor)
    {
        int rows = matrix.GetLength(0), cols = matrix.GetLength(1);
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                matrix[i, j] *= factor;
            }
        }
    }

    public static double[,] Softmax(double[,] scores)
    {
        int rows = scores.GetLength(0), cols = scores.GetLength(1);
        double[,] softmax = new double[rows, cols];

        for (int i = 0; i < rows; i++)
        {
            double maxVal = double.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                maxVal = Math.Max(maxVal, scores[i, j]);
            }

            double sum = 0.0;
            for (int j = 0; j < cols; j++)
            {
                softmax[i, j] = Math.Exp(scores[i, j] - maxVal);
                sum += softmax[i, j];
            }

            if (sum == 0 || double.IsNaN(sum))
            {
                sum = 1;
            }

            for (int j = 0; j < cols; j++)
            {
                softmax[i, j] /= sum;
            }
        }

        return softmax;
    }
}

// Re-creation (our own code) of the two-pass structure of ArrayExtensions.Softmax in kowaliszyn-pl/ml-csharp
// (a cache filled for all rows first, then normalised row by row), with the stabilising max added the way a
// reviewer asked for it: one max per row stored in a separate array rowMax[i] before any exp is taken.
// Layout: row-major double[batch, classes]. Correct: rowMax[i] and the sum are per row even though the
// max pass runs over the whole batch first.
using System;

namespace Recreations.RowMajorRowMaxArrayTwoPass;

public static class TwoPassSoftmax
{
    public static double[,] Forward(double[,] logits)
    {
        int rows = logits.GetLength(0);
        int cols = logits.GetLength(1);
        var rowMax = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            rowMax[i] = double.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                if (logits[i, j] > rowMax[i])
                {
                    rowMax[i] = logits[i, j];
                }
            }
        }

        var exps = new double[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                exps[i, j] = Math.Exp(logits[i, j] - rowMax[i]);
            }
        }

        var probs = new double[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            double sum = 0;
            for (int j = 0; j < cols; j++)
            {
                sum += exps[i, j];
            }

            for (int j = 0; j < cols; j++)
            {
                probs[i, j] = exps[i, j] / sum;
            }
        }

        return probs;
    }
}

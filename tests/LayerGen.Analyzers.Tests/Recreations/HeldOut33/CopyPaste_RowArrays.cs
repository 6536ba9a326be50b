// Idiom: three copy-pasted loop nests (step 1 max, step 2 exp and sum, step 3 divide) with verbose names and
// per-row statistic arrays sized by GetLength, as in a lab hand-in.
// Layout: double[,] [samples, classes]; rowMax[samples], rowSum[samples].
// Correct: every step indexes the statistics by the row i.
using System;

namespace HeldOut33.CopyPasteRowArrays;

/// <summary>Lab 5: softmax in three steps.</summary>
public static class Lab5
{
    public static double[,] Softmax(double[,] scores)
    {
        int numberOfRows = scores.GetLength(0);
        int numberOfColumns = scores.GetLength(1);
        double[] rowMax = new double[numberOfRows];
        double[] rowSum = new double[numberOfRows];
        double[,] result = new double[numberOfRows, numberOfColumns];

        // step 1: the max of every row
        for (int i = 0; i < numberOfRows; i++)
        {
            rowMax[i] = scores[i, 0];
            for (int j = 0; j < numberOfColumns; j++)
            {
                if (scores[i, j] > rowMax[i]) rowMax[i] = scores[i, j];
            }
        }

        // step 2: exp and sum of every row (copied from step 1)
        for (int i = 0; i < numberOfRows; i++)
        {
            rowSum[i] = 0;
            for (int j = 0; j < numberOfColumns; j++)
            {
                result[i, j] = Math.Exp(scores[i, j] - rowMax[i]);
                rowSum[i] += result[i, j];
            }
        }

        // step 3: divide (copied again)
        for (int i = 0; i < numberOfRows; i++)
        {
            for (int j = 0; j < numberOfColumns; j++)
            {
                result[i, j] = result[i, j] / rowSum[i];
            }
        }

        return result;
    }
}

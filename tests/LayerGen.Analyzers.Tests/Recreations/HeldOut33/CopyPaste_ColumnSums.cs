// Idiom: copy-pasted loop nests with verbose names and statistic arrays sized by GetLength; in the copied second
// step the loops were swapped and the sums are kept per column.
// Layout: double[,] [samples, classes]; rowMax[samples], columnSum[classes].
// Bug (LG0004): the max runs over each row, the sum the values are divided by over each column.
using System;

namespace HeldOut33.CopyPasteColumnSums;

/// <summary>Lab 5: softmax in three steps.</summary>
public static class Lab5
{
    public static double[,] Softmax(double[,] scores)
    {
        int numberOfRows = scores.GetLength(0);
        int numberOfColumns = scores.GetLength(1);
        double[] rowMax = new double[numberOfRows];
        double[] columnSum = new double[numberOfColumns];
        double[,] result = new double[numberOfRows, numberOfColumns];

        // step 1: the max of every row
        for (int i = 0; i < numberOfRows; i++)
        {
            rowMax[i] = scores[i, 0];
            for (int j = 0; j < numberOfColumns; j++)
            {
                if (scores[i, j] > rowMax[i]) rowMax[i] = scores[i, j]; //~ LG0004
            }
        }

        // step 2: exp and sum (copied, loops swapped)
        for (int j = 0; j < numberOfColumns; j++)
        {
            columnSum[j] = 0;
            for (int i = 0; i < numberOfRows; i++)
            {
                result[i, j] = Math.Exp(scores[i, j] - rowMax[i]);
                columnSum[j] += result[i, j];
            }
        }

        // step 3: divide
        for (int i = 0; i < numberOfRows; i++)
        {
            for (int j = 0; j < numberOfColumns; j++)
            {
                result[i, j] = result[i, j] / columnSum[j];
            }
        }

        return result;
    }
}

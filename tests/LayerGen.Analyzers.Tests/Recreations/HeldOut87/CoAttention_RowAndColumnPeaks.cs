// Idiom: co-attention: a softmax over the rows and a softmax over the columns of the same affinity matrix, the
//        per-row and per-column maxima stored in arrays from one pass.
// Use: reading-comprehension co-attention (context-to-question and question-to-context weights).
// Layout: affinity double[n, m] (context × question); A normalised along each row, B along each column.
// Correct: rowMax[i]/rowSum[i] for A, colMax[j]/colSum[j] for B.
// Our own code.
#nullable enable
using System;

namespace HeldOut87.CoAttention_RowAndColumnPeaks;

public static class CoAttention
{
    public static (double[,] ContextToQuestion, double[,] QuestionToContext) Weights(double[,] affinity)
    {
        int n = affinity.GetLength(0);
        int m = affinity.GetLength(1);
        var rowMax = new double[n];
        var colMax = new double[m];
        Array.Fill(rowMax, double.NegativeInfinity);
        Array.Fill(colMax, double.NegativeInfinity);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < m; j++)
            {
                double v = affinity[i, j];
                if (v > rowMax[i]) rowMax[i] = v;
                if (v > colMax[j]) colMax[j] = v;
            }
        }

        var a = new double[n, m];
        var b = new double[n, m];
        var rowSum = new double[n];
        var colSum = new double[m];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < m; j++)
            {
                a[i, j] = Math.Exp(affinity[i, j] - rowMax[i]);
                rowSum[i] += a[i, j];
                b[i, j] = Math.Exp(affinity[i, j] - colMax[j]);
                colSum[j] += b[i, j];
            }
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < m; j++)
            {
                a[i, j] /= rowSum[i];
                b[i, j] /= colSum[j];
            }
        }

        return (a, b);
    }
}

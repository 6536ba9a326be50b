// Re-creation (our own code) of the scaled dot-product attention of a C# minGPT port (namespace mingpt3/mingpt4,
// MultiHeadAttention.Forward and MultiHeadSelfAttention.Softmax): a Matrix class exposing its values as a jagged
// double[][] property, scores divided by sqrt(dk), a causal mask of double.NegativeInfinity, then a row softmax.
// Layout: jagged double[rows][cols] behind a property (scores.Data[i][j]); masked entries -infinity.
// Correct: the maximum is reset for every row.
using System;

namespace HeldOut.MinGptJaggedPropertyMasked;

public sealed class Matrix
{
    public Matrix(int rows, int cols)
    {
        Rows = rows;
        Cols = cols;
        Data = new double[rows][];
        for (int i = 0; i < rows; i++)
        {
            Data[i] = new double[cols];
        }
    }

    public int Rows { get; }

    public int Cols { get; }

    public double[][] Data { get; }
}

public static class ScaledDotProductAttention
{
    public static Matrix MaskedSoftmax(Matrix scores, int dk)
    {
        double scale = Math.Sqrt(dk);
        for (int i = 0; i < scores.Rows; i++)
        {
            for (int j = 0; j < scores.Cols; j++)
            {
                scores.Data[i][j] = j > i ? double.NegativeInfinity : scores.Data[i][j] / scale;
            }
        }

        var result = new Matrix(scores.Rows, scores.Cols);
        for (int i = 0; i < scores.Rows; i++)
        {
            double max = double.NegativeInfinity;
            for (int j = 0; j < scores.Cols; j++)
            {
                max = Math.Max(max, scores.Data[i][j]);
            }

            double sum = 0;
            for (int j = 0; j < scores.Cols; j++)
            {
                result.Data[i][j] = Math.Exp(scores.Data[i][j] - max);
                sum += result.Data[i][j];
            }

            for (int j = 0; j < scores.Cols; j++)
            {
                result.Data[i][j] /= sum;
            }
        }

        return result;
    }
}

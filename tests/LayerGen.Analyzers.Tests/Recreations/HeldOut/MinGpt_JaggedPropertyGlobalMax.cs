// Variant (our own code) of the minGPT C# port's masked attention softmax (namespace mingpt3/mingpt4): the Matrix
// property double[][] Data, scores / sqrt(dk) and a -infinity causal mask, but the maximum is taken once over the
// whole score matrix (foreach over rows, foreach over values) before the per-row exps and sums.
// Layout: jagged double[][] behind a property. Bug (LG0001): the maximum spans every query row.
using System;

namespace HeldOut.MinGptJaggedPropertyGlobalMax;

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

        double max = double.NegativeInfinity;
        foreach (double[] row in scores.Data)
        {
            foreach (double v in row)
            {
                max = Math.Max(max, v); //~ LG0001
            }
        }

        var result = new Matrix(scores.Rows, scores.Cols);
        for (int i = 0; i < scores.Rows; i++)
        {
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

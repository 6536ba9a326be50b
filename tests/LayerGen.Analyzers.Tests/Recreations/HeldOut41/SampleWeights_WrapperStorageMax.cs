// Idiom: per-sample weighted cross-entropy over a Matrix class exposing its storage
// Layout: Matrix wrapper, Data flat row-major, indexer this[r, c]
// Bug (LG0001): the shift is the max of the whole storage (every sample's logits), LINQ Max
using System;
using System.Linq;

namespace HeldOut41.SampleWeights_WrapperStorageMax;

public sealed class Matrix
{
    public double[] Data { get; }
    public int Rows { get; }
    public int Cols { get; }

    public Matrix(int rows, int cols)
    {
        Rows = rows;
        Cols = cols;
        Data = new double[rows * cols];
    }

    public double this[int r, int c]
    {
        get => Data[r * Cols + c];
        set => Data[r * Cols + c] = value;
    }
}

public static class WeightedLoss
{
    public static double Forward(Matrix logits, int[] labels, double[] sampleWeight, Matrix probs)
    {
        double shift = logits.Data.Max(); //~ LG0001
        double loss = 0;
        for (int r = 0; r < logits.Rows; r++)
        {
            double sum = 0;
            for (int c = 0; c < logits.Cols; c++)
            {
                probs[r, c] = Math.Exp(logits[r, c] - shift);
                sum += probs[r, c];
            }
            for (int c = 0; c < logits.Cols; c++)
                probs[r, c] /= sum;
            loss += sampleWeight[r] * (shift + Math.Log(sum) - logits[r, labels[r]]);
        }
        return loss / logits.Rows;
    }
}

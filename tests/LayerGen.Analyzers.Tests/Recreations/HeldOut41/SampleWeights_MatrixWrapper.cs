// Idiom: per-sample weighted cross-entropy (importance weights w_i), a small Matrix class with an indexer
// Layout: Matrix wrapper over flat row-major storage, this[r, c] => data[r * Cols + c]
// Correct
using System;

namespace HeldOut41.SampleWeights_MatrixWrapper;

public sealed class Matrix
{
    private readonly double[] _data;
    public int Rows { get; }
    public int Cols { get; }

    public Matrix(int rows, int cols)
    {
        Rows = rows;
        Cols = cols;
        _data = new double[rows * cols];
    }

    public double this[int r, int c]
    {
        get => _data[r * Cols + c];
        set => _data[r * Cols + c] = value;
    }
}

public static class WeightedCrossEntropy
{
    public static double Forward(Matrix logits, int[] labels, double[] sampleWeight, Matrix probs, Matrix grad)
    {
        double loss = 0, wSum = 0;
        for (int r = 0; r < logits.Rows; r++)
        {
            double max = logits[r, 0];
            for (int c = 1; c < logits.Cols; c++)
                max = Math.Max(max, logits[r, c]);
            double sum = 0;
            for (int c = 0; c < logits.Cols; c++)
            {
                probs[r, c] = Math.Exp(logits[r, c] - max);
                sum += probs[r, c];
            }
            for (int c = 0; c < logits.Cols; c++)
            {
                probs[r, c] /= sum;
                grad[r, c] = sampleWeight[r] * (probs[r, c] - (c == labels[r] ? 1.0 : 0.0));
            }
            loss += sampleWeight[r] * (max + Math.Log(sum) - logits[r, labels[r]]);
            wSum += sampleWeight[r];
        }
        return loss / wSum;
    }
}

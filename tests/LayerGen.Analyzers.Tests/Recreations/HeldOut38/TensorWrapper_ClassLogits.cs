// Idiom: image classification over a batch with a small Tensor wrapper (shape + flat data, [n, c] indexer), softmax along dim 1
// Layout: Tensor class, row-major [batch, classes] behind a two-index indexer
// Correct
using System;

namespace HeldOut38.TensorWrapper_ClassLogits;

public sealed class Tensor
{
    private readonly float[] _data;

    public Tensor(int rows, int cols)
    {
        Rows = rows;
        Cols = cols;
        _data = new float[rows * cols];
    }

    public int Rows { get; }
    public int Cols { get; }

    public float this[int n, int c]
    {
        get => _data[n * Cols + c];
        set => _data[n * Cols + c] = value;
    }
}

public static class Functional
{
    public static Tensor Softmax(Tensor logits)
    {
        var output = new Tensor(logits.Rows, logits.Cols);
        for (int n = 0; n < logits.Rows; n++)
        {
            float maxVal = float.NegativeInfinity;
            for (int c = 0; c < logits.Cols; c++)
                maxVal = MathF.Max(maxVal, logits[n, c]);

            float sum = 0f;
            for (int c = 0; c < logits.Cols; c++)
            {
                float e = MathF.Exp(logits[n, c] - maxVal);
                output[n, c] = e;
                sum += e;
            }

            for (int c = 0; c < logits.Cols; c++)
                output[n, c] = output[n, c] / sum;
        }

        return output;
    }
}

// Source: elithrade/SimpleGPT2 MathOps.cs:28 and Attention.cs:14 (re-created, not copied)
// Layout: a tensor class over a flat float[] with 1-D and 2-D indexers; MathOps.Softmax takes a 1-D tensor, its
// LINQ maximum over Data, exps written through the indexer with a running sum, then an in-place division loop.
// The attention head scales the [T, T] scores, masks the future with −1e9, copies each row into a fresh 1-D
// tensor, applies the softmax to it and writes the probabilities back.
// Label: Softmax correct — the maximum is over the one row the sum runs over; the masked −1e9 entries give
// exp(−1e9 − max) = 0. Rows offset by ±1000 give the same weights. Forward has no exp of its own.
using System;
using System.Linq;

namespace Recreations.Real53.ElithradeSimpleGPT2TensorRowSoftmax;

public sealed class Tensor
{
    public Tensor(int[] shape)
    {
        Shape = shape;
        Data = new float[shape.Aggregate(1, (product, extent) => product * extent)];
    }

    public int[] Shape { get; }

    public float[] Data { get; }

    public int Rows => Shape[0];

    public int Cols => Shape.Length > 1 ? Shape[1] : 1;

    public float this[int i]
    {
        get => Data[i];
        set => Data[i] = value;
    }

    public float this[int i, int j]
    {
        get => Data[i * Cols + j];
        set => Data[i * Cols + j] = value;
    }
}

public static class MathOps
{
    public static Tensor Softmax(Tensor x)
    {
        int n = x.Data.Length;
        var result = new Tensor(new[] { n });

        float max = x.Data.Max();

        float sum = 0;
        for (int i = 0; i < n; i++)
        {
            result[i] = MathF.Exp(x[i] - max);
            sum += result[i];
        }

        for (int i = 0; i < n; i++)
        {
            result[i] /= sum;
        }

        return result;
    }
}

public sealed class Attention
{
    private readonly int _headSize;

    public Attention(int headSize) => _headSize = headSize;

    /// <summary>Turns one head's [T, T] query-key scores into causal attention weights, row by row.</summary>
    public Tensor Weights(Tensor scores)
    {
        int tokens = scores.Rows;
        float scale = 1.0f / MathF.Sqrt(_headSize);
        for (int i = 0; i < scores.Data.Length; i++)
        {
            scores.Data[i] *= scale;
        }

        for (int i = 0; i < tokens; i++)
        {
            for (int j = i + 1; j < tokens; j++)
            {
                scores[i, j] = -1e9f;
            }
        }

        var weights = new Tensor(new[] { tokens, tokens });
        for (int i = 0; i < tokens; i++)
        {
            Tensor row = GetRow(scores, i);
            Tensor probabilities = MathOps.Softmax(row);
            for (int j = 0; j < tokens; j++)
            {
                weights[i, j] = probabilities[j];
            }
        }

        return weights;
    }

    private static Tensor GetRow(Tensor x, int row)
    {
        int n = x.Cols;
        var result = new Tensor(new[] { n });
        for (int j = 0; j < n; j++)
        {
            result[j] = x[row, j];
        }

        return result;
    }
}

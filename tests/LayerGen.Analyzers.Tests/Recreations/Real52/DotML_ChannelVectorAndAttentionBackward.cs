// known gap: missed LG0003: elements enumerated by foreach over a user type implementing IEnumerable<double>; missed LG0006: attention probabilities read from a context object's property
// gap: -LG0003@51 -LG0006@124
// Source: qkmaxware/DotML DotML/src/NeuralNetwork/Cnn/SoftmaxLayer.cs:27 and Blocks/Attention/Attention.cs:134 (re-created, not copied)
// Layout: (1) a CNN output layer treats all input channels (an array of matrices, each enumerable over its
// elements) as one vector: nested foreach, exp of each element into values[i++, 0] of a double[size, 1] with a
// running sum, then a division loop. (2) Multi-head attention backward over [B, H, T, T] tensors with a 4-index
// indexer: for every (b, h, t) row and every i, dScore_i = Σ_j a_i (δ_ij − a_j) dA_j, a being the attention
// probabilities saved by the forward pass in a context object.
// Label: EvaluateSync LG0003 (raw exp: a logit above ~709 gives inf / inf = NaN; one vector by design, so not
// LG0002); Backward LG0006 (each row computes every Jacobian entry, O(T²) per row where O(T) does).
using System;
using System.Collections;
using System.Collections.Generic;

namespace Recreations.Real52.DotMLChannelVectorAndAttentionBackward;

public sealed class Matrix : IEnumerable<double>
{
    private readonly double[,] _values;

    private Matrix(double[,] values) => _values = values;

    public static Matrix Wrap(double[,] values) => new Matrix(values);

    public IEnumerator<double> GetEnumerator()
    {
        foreach (var value in _values)
        {
            yield return value;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

public sealed class SoftmaxLayer
{
    private readonly int _size;

    public SoftmaxLayer(int size) => _size = size;

    public Matrix[] EvaluateSync(Matrix[] inputs)
    {
        var sum = 0.0d;
        var values = new double[_size, 1];
        var i = 0;
        foreach (var input in inputs)
        {
            foreach (var item in input)
            {
                var expItem = Math.Exp(item); //~ LG0003
                values[i++, 0] = expItem;
                sum += expItem;
            }
        }

        for (var j = 0; j < _size; j++)
        {
            values[j, 0] = values[j, 0] / sum;
        }

        return [Matrix.Wrap(values)];
    }
}

public sealed class Tensor4
{
    private readonly float[] _data;

    public Tensor4(int b, int h, int t, int k)
    {
        Shape = new[] { b, h, t, k };
        _data = new float[b * h * t * k];
    }

    public int[] Shape { get; }

    public float this[int b, int h, int t, int k]
    {
        get => _data[((b * Shape[1] + h) * Shape[2] + t) * Shape[3] + k];
        set => _data[((b * Shape[1] + h) * Shape[2] + t) * Shape[3] + k] = value;
    }
}

public sealed class AttentionContext
{
    public AttentionContext(Tensor4 scores, Tensor4 attention)
    {
        Scores = scores;
        Attention = attention;
    }

    public Tensor4 Scores { get; }

    public Tensor4 Attention { get; }
}

public sealed class AttentionBackward
{
    private readonly float _scale;

    public AttentionBackward(int headDimension) => _scale = 1.0f / MathF.Sqrt(headDimension);

    public Tensor4 ScoreGradients(AttentionContext context, Tensor4 dAttention)
    {
        int batch = context.Scores.Shape[0];
        int heads = context.Scores.Shape[1];
        int queries = context.Scores.Shape[2];
        int keys = context.Scores.Shape[3];
        var dScores = new Tensor4(batch, heads, queries, keys);
        for (int b = 0; b < batch; b++)
        {
            for (int h = 0; h < heads; h++)
            {
                for (int t = 0; t < queries; t++)
                {
                    var dScoreRow = new float[keys];
                    for (int i = 0; i < keys; i++)
                    {
                        float sum = 0f;
                        for (int j = 0; j < keys; j++)
                        {
                            float delta = (i == j) ? 1f : 0f;
                            sum += context.Attention[b, h, t, i] * (delta - context.Attention[b, h, t, j]) * dAttention[b, h, t, j]; //~ LG0006
                        }

                        dScoreRow[i] = sum;
                    }

                    for (int i = 0; i < keys; i++)
                    {
                        dScores[b, h, t, i] = dScoreRow[i] * _scale;
                    }
                }
            }
        }

        return dScores;
    }
}

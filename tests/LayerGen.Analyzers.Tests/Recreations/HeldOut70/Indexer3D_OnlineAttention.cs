// Idiom: a ScoreTensor class with a three-dimensional indexer `this[int b, int q, int k]` and an online (one-pass running max and rescaled sum) softmax per query (use: attention weights).
// Layout: float [batch, queries, keys] row-major in one array; softmax over keys for each (b, q).
// Correct: `l = l * Exp(m - mNew) + Exp(s - mNew)` exponentiates only non-positive arguments; the final pass uses the row's max and sum.
// Our own code.
#nullable enable
using System;

namespace HeldOut70.Indexer3D_OnlineAttention;

public sealed class ScoreTensor
{
    private readonly float[] _data;

    public ScoreTensor(int batch, int queries, int keys)
    {
        Batch = batch;
        Queries = queries;
        Keys = keys;
        _data = new float[batch * queries * keys];
    }

    public int Batch { get; }

    public int Queries { get; }

    public int Keys { get; }

    public float this[int b, int q, int k]
    {
        get => _data[(b * Queries + q) * Keys + k];
        set => _data[(b * Queries + q) * Keys + k] = value;
    }
}

public static class OnlineSoftmax
{
    public static ScoreTensor Weights(ScoreTensor scores)
    {
        var w = new ScoreTensor(scores.Batch, scores.Queries, scores.Keys);
        for (int b = 0; b < scores.Batch; b++)
        {
            for (int q = 0; q < scores.Queries; q++)
            {
                float m = float.NegativeInfinity;
                float l = 0f;
                for (int k = 0; k < scores.Keys; k++)
                {
                    float s = scores[b, q, k];
                    float mNew = MathF.Max(m, s);
                    l = l * MathF.Exp(m - mNew) + MathF.Exp(s - mNew);
                    m = mNew;
                }

                for (int k = 0; k < scores.Keys; k++)
                {
                    w[b, q, k] = MathF.Exp(scores[b, q, k] - m) / l;
                }
            }
        }

        return w;
    }
}

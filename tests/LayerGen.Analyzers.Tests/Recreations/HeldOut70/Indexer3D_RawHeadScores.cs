// Idiom: a struct `HeadScores` with a three-dimensional indexer `this[int h, int i, int j]` over [heads, queries, keys] storage (use: multi-head attention probabilities).
// Layout: double, key-major inner axis: element (h, i, j) at (h * Queries + i) * Keys + j; softmax over keys for each (head, query).
// Bug LG0003: the weights are exps of the raw scores (no max subtracted), normalised per (head, query).
// Our own code.
#nullable enable
using System;

namespace HeldOut70.Indexer3D_RawHeadScores;

public readonly struct HeadScores
{
    private readonly double[] _values;

    public HeadScores(int heads, int queries, int keys)
    {
        Heads = heads;
        Queries = queries;
        Keys = keys;
        _values = new double[heads * queries * keys];
    }

    public int Heads { get; }

    public int Queries { get; }

    public int Keys { get; }

    public double this[int h, int i, int j]
    {
        get => _values[(h * Queries + i) * Keys + j];
        set => _values[(h * Queries + i) * Keys + j] = value;
    }
}

public static class HeadSoftmax
{
    public static HeadScores Probabilities(HeadScores scores)
    {
        var probs = new HeadScores(scores.Heads, scores.Queries, scores.Keys);
        for (int h = 0; h < scores.Heads; h++)
        {
            for (int i = 0; i < scores.Queries; i++)
            {
                double rowSum = 0.0;
                for (int j = 0; j < scores.Keys; j++)
                {
                    double w = Math.Exp(scores[h, i, j]); //~ LG0003
                    probs[h, i, j] = w;
                    rowSum += w;
                }

                for (int j = 0; j < scores.Keys; j++)
                {
                    probs[h, i, j] /= rowSum;
                }
            }
        }

        return probs;
    }
}

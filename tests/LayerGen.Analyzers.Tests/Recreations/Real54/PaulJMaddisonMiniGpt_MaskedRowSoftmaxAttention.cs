// Source: PaulJMaddison/miniGPTCSharp MiniGPTCSharp/SelfAttention.cs:7 (Forward), :86 (SoftmaxRows) at
// 8ed9c3569c9a (re-created, not copied)
// Layout: causal self-attention over one sequence. Scores in a float[seqLen, seqLen] (future positions set to −∞),
// SoftmaxRows normalises each row r: row maximum, exp(score − max) skipping −∞ cells, row sum, divide with a
// zero-sum guard; Forward then blends the embeddings with the weights (scores → softmax → weighted sum).
// Label: Forward correct (no exp of its own; the disabled branch simplified); SoftmaxRows correct (per-row max and sum).
using System;
using System.Collections.Generic;

namespace Recreations.PaulJMaddisonMiniGpt_MaskedRowSoftmaxAttention;

/// <summary>Stand-in for the project's 2-D tensor.</summary>
public sealed class Tensor
{
    private readonly float[,] data;

    /// <summary>A zero tensor.</summary>
    public Tensor(int rows, int columns) => data = new float[rows, columns];

    /// <summary>Wraps a 2-D array.</summary>
    public Tensor(float[,] values) => data = values;

    /// <summary>Row count.</summary>
    public int Rows => data.GetLength(0);

    /// <summary>Column count.</summary>
    public int Columns => data.GetLength(1);

    /// <summary>Element (r, c).</summary>
    public float this[int r, int c]
    {
        get => data[r, c];
        set => data[r, c] = value;
    }

    /// <summary>A copy.</summary>
    public Tensor Clone() => new((float[,])data.Clone());
}

/// <summary>Single-head causal self-attention without projections.</summary>
public sealed class SelfAttention
{
    /// <summary>The weights of the last forward pass.</summary>
    public Tensor LastAttentionWeights { get; private set; } = new(1, 1);

    /// <summary>Scores, masked row softmax, weighted sum of the embeddings.</summary>
    public Tensor Forward(Tensor embeddings, IReadOnlyList<int> tokenIds, bool disabled)
    {
        if (disabled)
        {
            return embeddings.Clone();
        }

        var seqLen = tokenIds.Count;
        var dim = embeddings.Columns;
        var scores = new float[seqLen, seqLen];
        for (var i = 0; i < seqLen; i++)
        {
            for (var j = 0; j < seqLen; j++)
            {
                if (j > i)
                {
                    scores[i, j] = float.NegativeInfinity;
                    continue;
                }

                float dot = 0;
                for (var k = 0; k < dim; k++)
                {
                    dot += embeddings[i, k] * embeddings[j, k];
                }

                scores[i, j] = dot / MathF.Sqrt(dim);
            }
        }

        var weights = SoftmaxRows(scores);
        LastAttentionWeights = new Tensor(weights);

        var output = new Tensor(seqLen, dim);
        for (var i = 0; i < seqLen; i++)
        {
            for (var d = 0; d < dim; d++)
            {
                float blended = 0;
                for (var j = 0; j < seqLen; j++)
                {
                    blended += weights[i, j] * embeddings[j, d];
                }

                output[i, d] = blended;
            }
        }

        return output;
    }

    /// <summary>Softmax of every row, masked (−∞) cells giving 0.</summary>
    public static float[,] SoftmaxRows(float[,] scores)
    {
        var rows = scores.GetLength(0);
        var cols = scores.GetLength(1);
        var result = new float[rows, cols];
        for (var r = 0; r < rows; r++)
        {
            var max = float.NegativeInfinity;
            for (var c = 0; c < cols; c++)
            {
                if (scores[r, c] > max)
                {
                    max = scores[r, c];
                }
            }

            float sum = 0;
            for (var c = 0; c < cols; c++)
            {
                if (float.IsNegativeInfinity(scores[r, c]))
                {
                    result[r, c] = 0;
                    continue;
                }

                var e = MathF.Exp(scores[r, c] - max);
                result[r, c] = e;
                sum += e;
            }

            for (var c = 0; c < cols; c++)
            {
                result[r, c] = sum == 0 ? 0 : result[r, c] / sum;
            }
        }

        return result;
    }
}

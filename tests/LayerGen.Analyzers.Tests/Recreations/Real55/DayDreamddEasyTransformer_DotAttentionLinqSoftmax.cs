// Source: DayDreamdd/EasyTransformer EasyTransformer/SelfAttention.cs:8, :33, :60 (commit 51d372a70b54) (re-created, not copied)
// Layout: self-attention over jagged double[][] word embeddings: per query, dot-product scores against every key,
// a LINQ softmax (max with x.Max(), sum with Select(Math.Exp(v − max)).Sum()), then a LINQ weighted combination.
// Label: ApplySelfAttention, Attention and Softmax correct (the max is subtracted in both exps, the sum is one
// distribution's). The odd weighted sum (each value row zipped with the weights) is outside the catalogue.
using System;
using System.Linq;

namespace Recreations.Real55.DayDreamddEasyTransformer_DotAttentionLinqSoftmax;

/// <summary>Self-attention of a toy transformer.</summary>
public static class SelfAttention
{
    /// <summary>Every embedding attends to every other one.</summary>
    public static double[][] ApplySelfAttention(double[][] wordEmbeddings)
    {
        int length = wordEmbeddings.Length;
        var updated = new double[length][];
        for (int i = 0; i < length; i++)
        {
            double[] query = wordEmbeddings[i];
            updated[i] = Attention(query, wordEmbeddings, wordEmbeddings);
        }

        return updated;
    }

    /// <summary>Scores → softmax → weighted sum for one query.</summary>
    public static double[] Attention(double[] query, double[][] keys, double[][] values)
    {
        var scores = new double[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            scores[i] = 0;
            for (int j = 0; j < query.Length; j++)
            {
                scores[i] += query[j] * keys[i][j];
            }
        }

        double[] attentionWeights = Softmax(scores);
        return values.Select((value, i) => value.Zip(attentionWeights, (v, w) => v * w).Sum()).ToArray();
    }

    /// <summary>Softmax with the maximum subtracted.</summary>
    public static double[] Softmax(double[] x)
    {
        double max = x.Max();
        double sum = x.Select(v => Math.Exp(v - max)).Sum();
        return x.Select(v => Math.Exp(v - max) / sum).ToArray();
    }
}

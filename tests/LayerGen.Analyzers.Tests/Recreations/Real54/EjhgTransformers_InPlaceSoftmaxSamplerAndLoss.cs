// Source: ejhg/transformers llama.cs/forward/math.cs:23 (Softmax) at 0a9d1b806b89; llama.cs/generation/Sampler.cs:97
// (Sample), :40 (SampleMult) at 271a777fdedb; mingpt3/CrossEntropyLoss.cs:5 (ComputeLoss) at 65454bc0d932
// (re-created, not copied; the sampler calls ForwardPass.Softmax, the same code as math.Softmax, called here)
// Layout: Softmax works in place on the first `size` cells of a float[] (max, exp(x − max) summed, divide);
// Sample divides the logits by the temperature, calls it and draws from the cumulative distribution;
// ComputeLoss walks the rows of a [seqLength, vocabSize] matrix: row max, Σ exp(x − max), loss from
// max + log Σ, then a gradient exp(x − (max + log Σ)) / Σ − onehot, scaled by 1/seqLength.
// Label: Softmax correct; Sample and SampleMult correct (no exp of their own); ComputeLoss correct for the
// catalogue (max and sum per row, no log of a probability). Its gradient divides by Σ twice (p/Σ instead of p):
// a real bug outside LG0001–LG0007, so the analyzer must stay silent.
using System;

namespace Recreations.EjhgTransformers_InPlaceSoftmaxSamplerAndLoss;

/// <summary>Stand-in for the mingpt matrix: a double[rows, cols].</summary>
public sealed class Matrix(int rows, int cols)
{
    /// <summary>Row count.</summary>
    public int Rows { get; } = rows;

    /// <summary>Column count.</summary>
    public int Cols { get; } = cols;

    /// <summary>The cells.</summary>
    public double[,] Data { get; } = new double[rows, cols];
}

/// <summary>Forward-pass math of the llama port.</summary>
public static class MathOps
{
    /// <summary>In-place softmax of x[0..size).</summary>
    public static void Softmax(float[] x, int size)
    {
        float maxVal = x[0];
        for (int i = 1; i < size; i++)
        {
            if (x[i] > maxVal)
            {
                maxVal = x[i];
            }
        }

        float sum = 0.0f;
        for (int i = 0; i < size; i++)
        {
            x[i] = MathF.Exp(x[i] - maxVal);
            sum += x[i];
        }

        for (int i = 0; i < size; i++)
        {
            x[i] /= sum;
        }
    }
}

/// <summary>Temperature sampling over the vocabulary.</summary>
public sealed class Sampler(float temperature, int seed)
{
    private readonly Random rng = new(seed);

    /// <summary>Scales by the temperature, normalises in place, draws a token.</summary>
    public int Sample(float[] logits)
    {
        if (temperature == 0.0f)
        {
            return Array.IndexOf(logits, Max(logits));
        }

        for (int i = 0; i < logits.Length; i++)
        {
            logits[i] /= temperature;
        }

        MathOps.Softmax(logits, logits.Length);
        return SampleMult(logits);
    }

    /// <summary>Draws an index from a probability vector by its cumulative sum.</summary>
    public int SampleMult(float[] probabilities)
    {
        float coin = (float)rng.NextDouble();
        float cdf = 0.0f;
        for (int i = 0; i < probabilities.Length; i++)
        {
            cdf += probabilities[i];
            if (coin < cdf)
            {
                return i;
            }
        }

        return probabilities.Length - 1;
    }

    private static float Max(float[] values)
    {
        float best = values[0];
        foreach (var v in values)
        {
            best = Math.Max(best, v);
        }

        return best;
    }
}

/// <summary>Cross-entropy over the rows of a logits matrix.</summary>
public static class CrossEntropyLoss
{
    /// <summary>Mean loss over the rows and its gradient.</summary>
    public static Matrix ComputeLoss(Matrix logits, int[] targetIds, out double loss)
    {
        int seqLength = logits.Rows;
        int vocabSize = logits.Cols;
        var grad = new Matrix(seqLength, vocabSize);
        loss = 0.0;
        for (int i = 0; i < seqLength; i++)
        {
            double maxLogit = double.MinValue;
            for (int j = 0; j < vocabSize; j++)
            {
                if (logits.Data[i, j] > maxLogit)
                {
                    maxLogit = logits.Data[i, j];
                }
            }

            double sumExp = 0.0;
            for (int j = 0; j < vocabSize; j++)
            {
                sumExp += Math.Exp(logits.Data[i, j] - maxLogit);
            }

            loss -= (logits.Data[i, targetIds[i]] - (maxLogit + Math.Log(sumExp))) / seqLength;
            for (int j = 0; j < vocabSize; j++)
            {
                grad.Data[i, j] = Math.Exp(logits.Data[i, j] - (maxLogit + Math.Log(sumExp))) / sumExp;
            }

            grad.Data[i, targetIds[i]] -= 1.0;
        }

        for (int i = 0; i < seqLength; i++)
        {
            for (int j = 0; j < vocabSize; j++)
            {
                grad.Data[i, j] /= seqLength;
            }
        }

        return grad;
    }
}

// Idiom: causal (autoregressive) attention softmax: query i attends to keys j <= i only; the upper triangle is written
// as exact zeros instead of being masked with -inf. Use: decoder self-attention weights.
// Layout: flat row-major double[T * T] (query rows), the visible prefix of a row taken as a span.
// Correct: max, sum and division all run over the visible prefix j <= i of the query's own row.
using System;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>Causal self-attention weights over a square score matrix.</summary>
public static class CausalLowerTriangle
{
    /// <summary>Writes causal softmax weights of the T×T <paramref name="scores"/> into <paramref name="weights"/>.</summary>
    public static void Forward(double[] scores, int t, double[] weights)
    {
        for (int i = 0; i < t; i++)
        {
            ReadOnlySpan<double> visible = scores.AsSpan(i * t, i + 1);
            Span<double> w = weights.AsSpan(i * t, t);
            double max = visible[0];
            for (int j = 1; j < visible.Length; j++)
            {
                max = visible[j] > max ? visible[j] : max;
            }

            double sum = 0.0;
            for (int j = 0; j < visible.Length; j++)
            {
                w[j] = Math.Exp(visible[j] - max);
                sum += w[j];
            }

            double inv = 1.0 / sum;
            for (int j = 0; j < t; j++)
            {
                w[j] = j <= i ? w[j] * inv : 0.0;
            }
        }
    }
}

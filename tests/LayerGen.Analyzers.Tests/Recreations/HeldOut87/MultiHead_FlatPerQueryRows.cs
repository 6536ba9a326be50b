// Idiom: multi-head attention with a loop per head over one flat score buffer, per-head offsets, one softmax per
//        (head, query) row over the keys, then the weighted sum of the head's values.
// Use: transformer encoder block, scores already scaled by 1/sqrt(headDim).
// Layout: flat float spans: scores/probs [heads × queries × keys], values [heads × keys × headDim],
//         context [heads × queries × headDim]; row = scores.Slice(h·Q·K + q·K, K).
// Correct: max, sum and division per (head, query) row.
// Our own code.
#nullable enable
using System;

namespace HeldOut87.MultiHead_FlatPerQueryRows;

public static class MultiHeadAttention
{
    public static void Forward(
        ReadOnlySpan<float> scores, ReadOnlySpan<float> values, int heads, int queries, int keys, int headDim,
        Span<float> probs, Span<float> context)
    {
        for (int h = 0; h < heads; h++)
        {
            int scoreBase = h * queries * keys;
            int valueBase = h * keys * headDim;
            int contextBase = h * queries * headDim;
            for (int q = 0; q < queries; q++)
            {
                ReadOnlySpan<float> row = scores.Slice(scoreBase + q * keys, keys);
                Span<float> p = probs.Slice(scoreBase + q * keys, keys);
                float best = row[0];
                for (int k = 1; k < keys; k++)
                {
                    if (row[k] > best) best = row[k];
                }

                float denom = 0f;
                for (int k = 0; k < keys; k++)
                {
                    p[k] = MathF.Exp(row[k] - best);
                    denom += p[k];
                }

                for (int k = 0; k < keys; k++) p[k] /= denom;

                for (int d = 0; d < headDim; d++)
                {
                    float acc = 0f;
                    for (int k = 0; k < keys; k++) acc += p[k] * values[valueBase + k * headDim + d];
                    context[contextBase + q * headDim + d] = acc;
                }
            }
        }
    }
}

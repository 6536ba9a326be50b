// Source: Informer ProbSparse self-attention (Zhou et al. 2021; zhouhaoyi/Informer2020 `_prob_QK`): each query's
// sparsity measure M = max − mean of its scores picks the top-u "active" queries; they get a full softmax over the
// keys, the lazy ones the mean of V (uniform weights). Layout: flat ReadOnlySpan<float> [queries · keys] with row
// offsets; per-query peaks stored in an array (look-alike), LINQ ordering of the queries.
// Correct.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut12;

public static class ProbSparse_ActiveQueries
{
    public static void Weights(ReadOnlySpan<float> scores, int queries, int keys, int active, Span<float> weights)
    {
        var measure = new float[queries];
        var rowPeak = new float[queries];
        for (int q = 0; q < queries; q++)
        {
            ReadOnlySpan<float> row = scores.Slice(q * keys, keys);
            float peak = row[0], total = 0f;
            foreach (float s in row)
            {
                peak = MathF.Max(peak, s);
                total += s;
            }

            rowPeak[q] = peak;
            measure[q] = peak - total / keys;
        }

        int[] chosen = Enumerable.Range(0, queries).OrderByDescending(q => measure[q]).Take(active).ToArray();
        weights.Slice(0, queries * keys).Fill(1f / keys);
        foreach (int q in chosen)
        {
            int o = q * keys;
            float z = 0f;
            for (int k = 0; k < keys; k++)
            {
                weights[o + k] = MathF.Exp(scores[o + k] - rowPeak[q]);
                z += weights[o + k];
            }

            for (int k = 0; k < keys; k++)
            {
                weights[o + k] /= z;
            }
        }
    }
}

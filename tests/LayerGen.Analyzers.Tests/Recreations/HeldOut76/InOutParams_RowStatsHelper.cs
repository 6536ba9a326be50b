// Idiom: `in`/`out` parameters — a helper `RowStats(in ReadOnlySpan<float> row, out float max, out float sum)` given one
// row, and `ExpInto(ReadOnlySpan<float> row, float shift, Span<float> dst)` that subtracts the shift it is handed.
// Use: softmax of each sample of a jagged batch. Layout: jagged float[batch][classes].
// Correct: each helper call sees exactly one row; the shift inside the helper is that row's max.
// Our own code.
using System;

namespace HeldOut76.InOutParams_RowStatsHelper;

public static class JaggedSoftmax
{
    private static void RowStats(in ReadOnlySpan<float> row, out float max, out float sum)
    {
        max = float.NegativeInfinity;
        foreach (float v in row)
        {
            max = MathF.Max(max, v);
        }

        sum = 0f;
        foreach (float v in row)
        {
            sum += MathF.Exp(v - max);
        }
    }

    private static void ExpInto(ReadOnlySpan<float> row, float shift, Span<float> dst)
    {
        for (int i = 0; i < row.Length; i++)
        {
            dst[i] = MathF.Exp(row[i] - shift);
        }
    }

    public static float[][] Forward(float[][] logits)
    {
        var result = new float[logits.Length][];
        for (int r = 0; r < logits.Length; r++)
        {
            ReadOnlySpan<float> row = logits[r];
            RowStats(in row, out float max, out float sum);
            result[r] = new float[row.Length];
            ExpInto(row, max, result[r]);
            for (int i = 0; i < row.Length; i++)
            {
                result[r][i] /= sum;
            }
        }

        return result;
    }
}

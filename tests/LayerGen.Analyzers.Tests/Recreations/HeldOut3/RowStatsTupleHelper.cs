// Re-creates: a modern C# rewrite of a classifier head (Semantic Kernel / embedding re-ranker samples): a private
// helper returns the row's (Max, Sum) as a named tuple that the caller deconstructs.
// Layout: flat [rows, cols] row-major, ReadOnlySpan row slices; softmax axis = cols. float.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut3.RowStatsTupleHelper;

public static class Reranker
{
    public static void Softmax(float[] scores, float[] probs, int cols)
    {
        for (int o = 0; o < scores.Length; o += cols)
        {
            ReadOnlySpan<float> row = scores.AsSpan(o, cols);
            var (max, sum) = RowStats(row);
            for (int j = 0; j < cols; j++)
            {
                probs[o + j] = MathF.Exp(row[j] - max) / sum;
            }
        }
    }

    private static (float Max, float Sum) RowStats(ReadOnlySpan<float> row)
    {
        float max = float.NegativeInfinity;
        foreach (float v in row)
        {
            max = MathF.Max(max, v);
        }

        float sum = 0f;
        foreach (float v in row)
        {
            sum += MathF.Exp(v - max);
        }

        return (max, sum);
    }
}

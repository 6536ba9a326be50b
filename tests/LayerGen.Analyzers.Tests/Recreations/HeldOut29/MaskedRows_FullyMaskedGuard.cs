// Idiom: masked softmax where masked scores are already float.NegativeInfinity (an additive -inf mask), with an explicit
// guard for a fully-masked row (its max is -inf, so exp(s - max) would be exp(NaN)); such rows get all-zero weights.
// Use: padded attention over key positions. Layout: row-major float[rows, cols].
// Correct: per-row max over the row (the -inf entries never win it), exp of masked entries is exactly 0, sum per row.
using System;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>Softmax over rows that may hold -inf entries or be masked entirely.</summary>
public static class MaskedNegativeInfinityRows
{
    /// <summary>Writes the masked softmax of every row of <paramref name="scores"/> into <paramref name="probabilities"/>.</summary>
    public static void Forward(float[,] scores, float[,] probabilities)
    {
        int rows = scores.GetLength(0), cols = scores.GetLength(1);
        for (int r = 0; r < rows; r++)
        {
            float max = float.NegativeInfinity;
            for (int c = 0; c < cols; c++)
            {
                if (scores[r, c] > max) max = scores[r, c];
            }

            if (float.IsNegativeInfinity(max))
            {
                for (int c = 0; c < cols; c++) probabilities[r, c] = 0f;
                continue;
            }

            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                float e = MathF.Exp(scores[r, c] - max);
                probabilities[r, c] = e;
                sum += e;
            }

            for (int c = 0; c < cols; c++)
            {
                probabilities[r, c] /= sum;
            }
        }
    }
}

// Idiom: `masked_fill(~keep, -inf)` then a plain softmax per row; the -inf cells give exp(-inf - max) = 0.
// Use: attention weights with a per-row keep mask (padding and structural masks combined).
// Layout: jagged float[batch][keys] scores with a jagged bool[batch][keys] keep mask (true = attend).
// Correct: the fill is per cell; max and sum run over one row (each row has at least one kept key).
// Our own code.
using System;

namespace HeldOut84.NegInfFill_MaskedFillThenSoftmax;

public static class MaskedFill
{
    public static float[][] Softmax(float[][] scores, bool[][] keep)
    {
        var result = new float[scores.Length][];
        for (int b = 0; b < scores.Length; b++)
        {
            float[] filled = new float[scores[b].Length];
            for (int j = 0; j < filled.Length; j++)
                filled[j] = keep[b][j] ? scores[b][j] : float.NegativeInfinity;

            float max = float.NegativeInfinity;
            foreach (float v in filled) max = MathF.Max(max, v);

            float sum = 0f;
            for (int j = 0; j < filled.Length; j++)
            {
                filled[j] = MathF.Exp(filled[j] - max);
                sum += filled[j];
            }
            for (int j = 0; j < filled.Length; j++) filled[j] /= sum;
            result[b] = filled;
        }
        return result;
    }
}

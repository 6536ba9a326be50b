// Idiom: nested `Array.ForEach(rows, row => ...)`, the inner `Array.ForEach(row, v => m = MathF.Max(m, v))` mutating a
// captured local; in-place update with a reciprocal.
// Use: in-place softmax of a jagged batch of logits.
// Layout: jagged float[batch][classes], overwritten in place.
// Correct: `m` and `s` are locals of the per-row lambda.
// Our own code.
using System;

namespace HeldOut78.ArrayForEach_InPlaceRows;

public static class InPlaceRows
{
    public static void SoftmaxInPlace(float[][] rows)
    {
        Array.ForEach(rows, row =>
        {
            float m = float.NegativeInfinity;
            Array.ForEach(row, v => m = MathF.Max(m, v));
            float s = 0f;
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = MathF.Exp(row[j] - m);
                s += row[j];
            }
            float inv = 1f / s;
            for (int j = 0; j < row.Length; j++) row[j] *= inv;
        });
    }
}

// Source: padded-sequence attention in C# transformer ports (additive -1e9 key-padding mask, rows of fully padded
// queries skipped), re-created on float[,] scores and a bool keep-mask.
// Layout: float[rows, cols] scores, bool[rows, cols] keep; softmax per row; a row with nothing kept becomes zeros.
// Correct: masked scores get -1e9 before the row max; a fully masked row is written as zeros, never 0/0.
using System;

namespace HeldOut6.LargeNegativeMaskSkipRows;

public static class PaddingMaskedSoftmax
{
    private const float MaskValue = -1e9f;

    public static float[,] Apply(float[,] scores, bool[,] keep)
    {
        int rows = scores.GetLength(0);
        int cols = scores.GetLength(1);
        var probs = new float[rows, cols];
        var masked = new float[cols];
        for (int r = 0; r < rows; r++)
        {
            bool any = false;
            float m = float.NegativeInfinity;
            for (int c = 0; c < cols; c++)
            {
                masked[c] = keep[r, c] ? scores[r, c] : MaskValue;
                any |= keep[r, c];
                if (masked[c] > m) m = masked[c];
            }

            if (!any)
            {
                continue;
            }

            float s = 0f;
            for (int c = 0; c < cols; c++)
            {
                probs[r, c] = MathF.Exp(masked[c] - m);
                s += probs[r, c];
            }

            for (int c = 0; c < cols; c++) probs[r, c] /= s;
        }

        return probs;
    }
}

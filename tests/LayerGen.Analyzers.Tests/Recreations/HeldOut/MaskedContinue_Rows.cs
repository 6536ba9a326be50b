// Re-creation (our own code) of padding-masked attention (BPEngine/minGPT style attention, with a bool padding mask
// instead of -infinity entries): masked positions are skipped with `continue` in every pass and get probability 0.
// Layout: jagged float[][] scores with bool[][] mask; `continue` in the max, exp and divide loops. Correct.
using System;

namespace HeldOut.MaskedContinueRows;

public static class PaddingMaskSoftmax
{
    public static void Forward(float[][] scores, bool[][] keep)
    {
        for (int i = 0; i < scores.Length; i++)
        {
            float[] row = scores[i];
            float max = float.NegativeInfinity;
            for (int j = 0; j < row.Length; j++)
            {
                if (!keep[i][j])
                {
                    continue;
                }

                max = MathF.Max(max, row[j]);
            }

            float sum = 0f;
            for (int j = 0; j < row.Length; j++)
            {
                if (!keep[i][j])
                {
                    row[j] = 0f;
                    continue;
                }

                row[j] = MathF.Exp(row[j] - max);
                sum += row[j];
            }

            for (int j = 0; j < row.Length; j++)
            {
                row[j] /= sum;
            }
        }
    }
}

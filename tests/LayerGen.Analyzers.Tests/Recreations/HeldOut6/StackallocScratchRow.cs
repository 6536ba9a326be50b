// Source: allocation-free inference loops in C# LLM runtimes (SmallMind-style hot paths: per-row scratch on the stack
// via stackalloc for small vocabularies, softmax then write-back), re-created on float[,] rows.
// Layout: float[rows, cols]; the scratch holds one row's exps.
// Correct: per-row max and sum; the scratch is refilled for every row.
using System;

namespace HeldOut6.StackallocScratchRow;

public static class StackScratchSoftmax
{
    public static void InPlace(float[,] logits)
    {
        int rows = logits.GetLength(0);
        int cols = logits.GetLength(1);
        Span<float> scratch = cols <= 256 ? stackalloc float[cols] : new float[cols];
        for (int r = 0; r < rows; r++)
        {
            float hi = float.NegativeInfinity;
            for (int c = 0; c < cols; c++)
            {
                hi = logits[r, c] > hi ? logits[r, c] : hi;
            }

            float total = 0f;
            for (int c = 0; c < cols; c++)
            {
                scratch[c] = MathF.Exp(logits[r, c] - hi);
                total += scratch[c];
            }

            for (int c = 0; c < cols; c++)
            {
                logits[r, c] = scratch[c] / total;
            }
        }
    }
}

// Idiom: CancellationToken checked inside the sample loop (ThrowIfCancellationRequested).
// Use: long-running batch scorer that can be cancelled between samples.
// Layout: float[classes, batch] (2D, column-major: one sample per column).
// Correct.
// Our own code.
using System;
using System.Threading;

namespace HeldOut90.Cancellable_ColumnMajor;

public static class CancellableScorer
{
    public static void Score(float[,] logits, float[,] probabilities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logits);
        ArgumentNullException.ThrowIfNull(probabilities);
        int classes = logits.GetLength(0);
        int batch = logits.GetLength(1);
        for (int b = 0; b < batch; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            float best = float.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                if (logits[c, b] > best)
                {
                    best = logits[c, b];
                }
            }

            float total = 0f;
            for (int c = 0; c < classes; c++)
            {
                total += MathF.Exp(logits[c, b] - best);
            }

            for (int c = 0; c < classes; c++)
            {
                probabilities[c, b] = MathF.Exp(logits[c, b] - best) / total;
            }
        }
    }
}

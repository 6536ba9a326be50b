// Idiom: guard clauses (ArgumentNullException.ThrowIfNull, ArgumentOutOfRangeException.ThrowIfNegativeOrZero/ThrowIfLessThan) before a per-row softmax.
// Use: classifier head of a service; validates its arguments, then normalises each row in place of the output.
// Layout: flat float[batch * classes], row-major.
// Correct.
// Our own code.
using System;

namespace HeldOut90.Guarded_RowMajorPerRow;

public static class ClassifierHead
{
    public static void Softmax(float[] logits, float[] probabilities, int classes)
    {
        ArgumentNullException.ThrowIfNull(logits);
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(classes);
        if (logits.Length % classes != 0)
        {
            throw new ArgumentException("The length must be a multiple of the class count.", nameof(logits));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(probabilities.Length, logits.Length, nameof(probabilities));

        int batch = logits.Length / classes;
        for (int r = 0; r < batch; r++)
        {
            int start = r * classes;
            float max = float.NegativeInfinity;
            for (int j = 0; j < classes; j++)
            {
                max = MathF.Max(max, logits[start + j]);
            }

            float sum = 0f;
            for (int j = 0; j < classes; j++)
            {
                float e = MathF.Exp(logits[start + j] - max);
                probabilities[start + j] = e;
                sum += e;
            }

            float inv = 1f / sum;
            for (int j = 0; j < classes; j++)
            {
                probabilities[start + j] *= inv;
            }
        }
    }
}

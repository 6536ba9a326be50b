// Idiom: fixed pointers over managed arrays, a row pointer advanced by the class count, pointer indexing.
// Use: classifier head of an inference loop ported from C (output layer of an MLP, batch of samples).
// Layout: flat float[batch * classes], row-major; softmax over each row.
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut97.FixedPointer_RowWalk;

public static class OutputLayer
{
    public static unsafe void Softmax(float[] logits, float[] probs, int batch, int classes)
    {
        if (logits.Length < batch * classes || probs.Length < batch * classes)
            throw new ArgumentException("buffers too small");

        fixed (float* px = logits, py = probs)
        {
            for (int r = 0; r < batch; r++)
            {
                float* row = px + r * classes;
                float* dst = py + r * classes;

                float m = row[0];
                for (int j = 1; j < classes; j++)
                {
                    if (row[j] > m) m = row[j];
                }

                float sum = 0f;
                for (int j = 0; j < classes; j++)
                {
                    float e = MathF.Exp(row[j] - m);
                    dst[j] = e;
                    sum += e;
                }

                float inv = 1f / sum;
                for (int j = 0; j < classes; j++)
                    dst[j] *= inv;
            }
        }
    }
}

// Source: knowledge-distillation soft targets (AiDotNet DistillationLoss / course ports of Hinton's KD), batched
// variant: the teacher's logits of the whole mini-batch are shifted by one maximum before softening at T.
// Layout: teacher logits float[batch, classes]; softmax over classes at temperature T.
// Bug LG0001: the maximum runs over every row of the batch, not over each row's classes.
using System;

namespace HeldOut7.DistillBatchGlobalMax
{
    public static class SoftTargets
    {
        public static float[,] Teacher(float[,] logits, float temperature)
        {
            int batch = logits.GetLength(0);
            int classes = logits.GetLength(1);
            var soft = new float[batch, classes];

            float peak = float.MinValue;
            for (int b = 0; b < batch; b++)
            {
                for (int c = 0; c < classes; c++)
                {
                    if (logits[b, c] > peak) peak = logits[b, c]; //~ LG0001
                }
            }

            for (int b = 0; b < batch; b++)
            {
                float total = 0f;
                for (int c = 0; c < classes; c++)
                {
                    float e = MathF.Exp((logits[b, c] - peak) / temperature);
                    soft[b, c] = e;
                    total += e;
                }

                for (int c = 0; c < classes; c++)
                {
                    soft[b, c] /= total;
                }
            }

            return soft;
        }
    }
}

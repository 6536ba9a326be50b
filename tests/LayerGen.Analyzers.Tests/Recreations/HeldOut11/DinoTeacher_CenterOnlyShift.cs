// Re-creates the shape of DINO's teacher targets (Caron et al. 2021, facebookresearch/dino `DINOLoss`): the teacher
// output is centred by an EMA centre c and sharpened by tau_t, p = softmax((t - c) / tau_t) over the K output
// dimensions; the centre is then updated with the batch mean.
// Layout: float[B, K] teacher outputs, float[K] centre.
// Bug (LG0003): centring is taken for the stabilising shift; c is a per-dimension batch mean, not the row's max, so
// exp((t - c) / tau_t) overflows as soon as one output sits far above its running mean (tau_t = 0.04 makes that
// about 3.5 units).
using System;

namespace HeldOut11;

public static class DinoTeacher_CenterOnlyShift
{
    public static void TeacherTargets(float[,] teacher, float[] center, float tau, float momentum, float[,] target)
    {
        int batch = teacher.GetLength(0);
        int k = teacher.GetLength(1);
        for (int b = 0; b < batch; b++)
        {
            float sum = 0f;
            for (int d = 0; d < k; d++)
            {
                target[b, d] = MathF.Exp((teacher[b, d] - center[d]) / tau); //~ LG0003
                sum += target[b, d];
            }
            for (int d = 0; d < k; d++)
                target[b, d] /= sum;
        }
        for (int d = 0; d < k; d++)
        {
            float mean = 0f;
            for (int b = 0; b < batch; b++)
                mean += teacher[b, d] / batch;
            center[d] = momentum * center[d] + (1f - momentum) * mean;
        }
    }
}

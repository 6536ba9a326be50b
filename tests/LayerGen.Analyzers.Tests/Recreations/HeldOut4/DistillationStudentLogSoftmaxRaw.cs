// Source: knowledge-distillation KL terms in C# (AiDotNet-style DistillationLoss, course ports of Hinton's loss):
// the student's log-probabilities log softmax(s / T) = s / T - log sum exp(s / T).
// Layout: row-major [batch, classes] float; log-normaliser per sample; output holds log-probabilities.
// Bug: the log-normaliser exponentiates s / T without subtracting the row max (inf for large logits).
using System;

namespace LayerGen.HeldOut4.DistillationStudentLogSoftmaxRaw;

public static class StudentLogits
{
    public static void LogSoftTargets(float[] studentLogits, float[] logProbs, int batch, int classes, float temperature)
    {
        for (int b = 0; b < batch; b++)
        {
            int start = b * classes;
            float acc = 0f;
            for (int c = 0; c < classes; c++)
                acc += MathF.Exp(studentLogits[start + c] / temperature); //~ LG0003

            float logZ = MathF.Log(acc);
            for (int c = 0; c < classes; c++)
                logProbs[start + c] = studentLogits[start + c] / temperature - logZ;
        }
    }
}

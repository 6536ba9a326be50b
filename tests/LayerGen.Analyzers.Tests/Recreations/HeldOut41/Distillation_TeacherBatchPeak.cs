// Idiom: knowledge distillation with temperature, teacher soft targets and student softmax per sample
// Layout: row-major double[batch, classes]
// Bug (LG0001): the teacher's max is taken once over the whole batch of teacher logits
using System;

namespace HeldOut41.Distillation_TeacherBatchPeak;

public sealed class DistillationLoss
{
    public double Temperature { get; init; } = 2.0;

    public double Forward(double[,] teacher, double[,] student, double[,] soft, double[,] probs, double[,] dStudent)
    {
        int batch = student.GetLength(0), classes = student.GetLength(1);
        double T = Temperature;
        double tMax = double.MinValue;
        for (int i = 0; i < batch; i++)
            for (int k = 0; k < classes; k++)
                tMax = Math.Max(tMax, teacher[i, k]); //~ LG0001
        double loss = 0.0;
        for (int i = 0; i < batch; i++)
        {
            double tSum = 0.0;
            for (int k = 0; k < classes; k++)
            {
                soft[i, k] = Math.Exp((teacher[i, k] - tMax) / T);
                tSum += soft[i, k];
            }
            double sMax = student[i, 0];
            for (int k = 1; k < classes; k++)
                if (student[i, k] > sMax) sMax = student[i, k];
            double sSum = 0.0;
            for (int k = 0; k < classes; k++)
            {
                probs[i, k] = Math.Exp((student[i, k] - sMax) / T);
                sSum += probs[i, k];
            }
            double lse = sMax / T + Math.Log(sSum);
            for (int k = 0; k < classes; k++)
            {
                soft[i, k] /= tSum;
                probs[i, k] /= sSum;
                loss += soft[i, k] * (lse - student[i, k] / T);
                dStudent[i, k] = T * (probs[i, k] - soft[i, k]) / batch;
            }
        }
        return T * T * loss / batch;
    }
}

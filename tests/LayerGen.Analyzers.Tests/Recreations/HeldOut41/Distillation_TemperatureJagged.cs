// Idiom: knowledge distillation, teacher and student softmax of z / T per sample, soft cross-entropy T² Σ q (lse_s - s / T)
// Layout: jagged double[batch][classes], a per-sample helper
// Correct
using System;

namespace HeldOut41.Distillation_TemperatureJagged;

public static class Distiller
{
    public static double SoftLoss(double[][] teacher, double[][] student, double temperature, double[][] q, double[][] p, double[][] grad)
    {
        double loss = 0;
        for (int i = 0; i < student.Length; i++)
        {
            SoftmaxT(teacher[i], temperature, q[i]);
            double lseS = SoftmaxT(student[i], temperature, p[i]);
            for (int k = 0; k < student[i].Length; k++)
            {
                loss += q[i][k] * (lseS - student[i][k] / temperature);
                grad[i][k] = temperature * (p[i][k] - q[i][k]) / student.Length;
            }
        }
        return temperature * temperature * loss / student.Length;
    }

    static double SoftmaxT(double[] z, double t, double[] output)
    {
        double top = z[0] / t;
        for (int k = 1; k < z.Length; k++)
            top = Math.Max(top, z[k] / t);
        double sum = 0;
        for (int k = 0; k < z.Length; k++)
        {
            output[k] = Math.Exp(z[k] / t - top);
            sum += output[k];
        }
        for (int k = 0; k < z.Length; k++)
            output[k] /= sum;
        return top + Math.Log(sum);
    }
}

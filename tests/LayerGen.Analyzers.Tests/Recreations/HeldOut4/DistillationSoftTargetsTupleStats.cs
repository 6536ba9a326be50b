// Source: knowledge-distillation losses in C# (ooples/AiDotNet KnowledgeDistillation/DistillationLoss family,
// Hinton et al. 2015): the teacher's soft targets softmax(t / T) per sample.
// Layout: row-major [batch, classes] double; a helper returns (Max, Sum) of one row as a tuple.
// Correct.
using System;

namespace LayerGen.HeldOut4.DistillationSoftTargetsTupleStats;

public static class Distillation
{
    public static void SoftTargets(double[] teacherLogits, double[] targets, int batch, int classes, double temperature)
    {
        for (int b = 0; b < batch; b++)
        {
            int start = b * classes;
            (double max, double sum) = RowStats(teacherLogits, start, classes, temperature);
            for (int c = 0; c < classes; c++)
                targets[start + c] = Math.Exp((teacherLogits[start + c] - max) / temperature) / sum;
        }
    }

    private static (double Max, double Sum) RowStats(double[] logits, int start, int count, double temperature)
    {
        double max = logits[start];
        for (int c = 1; c < count; c++)
            max = Math.Max(max, logits[start + c]);

        double sum = 0.0;
        for (int c = 0; c < count; c++)
            sum += Math.Exp((logits[start + c] - max) / temperature);
        return (max, sum);
    }
}

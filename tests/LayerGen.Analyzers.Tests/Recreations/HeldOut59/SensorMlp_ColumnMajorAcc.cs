// HeldOut59 — SensorMlp_ColumnMajorAcc. Idiom: the last int8 dense layer of a tiny sensor MLP computed as Z = W·X, so
// its int32 accumulators are `[classes, batch]`; each sample's column is dequantised with the accumulator scale
// (input scale × weight scale) and softmaxed down the column. Use: batched vibration/sensor classification.
// Layout: int[classes, batch] accumulators in (column-major samples), float[classes, batch] out.
// Correct.
using System;

namespace HeldOut59.SensorMlp_ColumnMajorAcc;

public static class DenseHead
{
    public static float[,] Softmax(int[,] acc, float inputScale, float weightScale)
    {
        int classes = acc.GetLength(0);
        int batch = acc.GetLength(1);
        float accScale = inputScale * weightScale;
        var probs = new float[classes, batch];
        for (int n = 0; n < batch; n++)
        {
            float max = float.NegativeInfinity;
            for (int k = 0; k < classes; k++)
            {
                max = MathF.Max(max, acc[k, n] * accScale);
            }

            float sum = 0f;
            for (int k = 0; k < classes; k++)
            {
                probs[k, n] = MathF.Exp(acc[k, n] * accScale - max);
                sum += probs[k, n];
            }

            for (int k = 0; k < classes; k++)
            {
                probs[k, n] /= sum;
            }
        }

        return probs;
    }
}

// HeldOut59 — SensorMlp_ClassPeakJagged. Idiom: a tiny sensor MLP's dequantised outputs kept class-major as jagged rows
// (`z[class][sample]`, from Z = W·X); the shift is `z[k].Max()` per class (over the samples), while each sample's sum
// runs over the classes. Use: batched vibration/sensor classification.
// Layout: jagged float[][] [classes][batch] in, float[classes, batch] out.
// Bug: LG0004 (the maximum runs along the batch axis, the sum along the class axis).
using System;
using System.Linq;

namespace HeldOut59.SensorMlp_ClassPeakJagged;

public static class ClassMajorHead
{
    public static float[,] Softmax(float[][] z)
    {
        int classes = z.Length;
        int batch = z[0].Length;
        var peak = new float[classes];
        for (int k = 0; k < classes; k++)
        {
            peak[k] = z[k].Max(); //~ LG0004
        }

        var probs = new float[classes, batch];
        for (int n = 0; n < batch; n++)
        {
            float sum = 0f;
            for (int k = 0; k < classes; k++)
            {
                probs[k, n] = MathF.Exp(z[k][n] - peak[k]);
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

// HeldOut59 — BatchedInt8_RowMajorMathMax. Idiom: int8 logits of a batch dequantised to double (`(q - zp) * scale`)
// for a host-side calibration check; per-row `Math.Max` fold, `Math.Exp`, per-row sum.
// Use: comparing an int8 model's batched outputs with its float reference on a PC.
// Layout: sbyte[batch, classes] row-major in, double[batch, classes] out.
// Correct.
using System;

namespace HeldOut59.BatchedInt8_RowMajorMathMax;

public static class CalibrationSoftmax
{
    public static double[,] Run(sbyte[,] q, double scale, int zeroPoint)
    {
        int batch = q.GetLength(0);
        int classes = q.GetLength(1);
        var p = new double[batch, classes];
        for (int b = 0; b < batch; b++)
        {
            double max = double.NegativeInfinity;
            for (int k = 0; k < classes; k++)
            {
                max = Math.Max(max, (q[b, k] - zeroPoint) * scale);
            }

            double sum = 0.0;
            for (int k = 0; k < classes; k++)
            {
                p[b, k] = Math.Exp((q[b, k] - zeroPoint) * scale - max);
                sum += p[b, k];
            }

            for (int k = 0; k < classes; k++)
            {
                p[b, k] /= sum;
            }
        }

        return p;
    }
}

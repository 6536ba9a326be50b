// HeldOut59 — PerChannelUint8_TotalNotReset. Idiom: uint8 logits with per-channel quantisation held as an array of
// (Scale, ZeroPoint) tuples, one per class; each row is dequantised and shifted by its own `Math.Max` maximum, but the
// normaliser `total` is declared above the row loop and never reset. Use: a sensor classifier's batched uint8 output.
// Layout: jagged byte[][] [sample][class] in, jagged float[][] out.
// Bug: LG0002 (the running total sums the exps of every row so far).
using System;

namespace HeldOut59.PerChannelUint8_TotalNotReset;

public static class ChannelQuantSoftmax
{
    public static float[][] Run(byte[][] q, (float Scale, int ZeroPoint)[] channels)
    {
        var probs = new float[q.Length][];
        float total = 0f;
        for (int s = 0; s < q.Length; s++)
        {
            byte[] row = q[s];
            var x = new float[row.Length];
            float max = float.MinValue;
            for (int k = 0; k < row.Length; k++)
            {
                x[k] = (row[k] - channels[k].ZeroPoint) * channels[k].Scale;
                max = Math.Max(max, x[k]);
            }

            var p = new float[row.Length];
            for (int k = 0; k < row.Length; k++)
            {
                p[k] = MathF.Exp(x[k] - max);
                total += p[k]; //~ LG0002
            }

            for (int k = 0; k < row.Length; k++)
            {
                p[k] /= total;
            }

            probs[s] = p;
        }

        return probs;
    }
}

// known gap: missed: raw float.Exp((q[o + k] - zp) * scale) of int8 values dequantised inline (also with MathF.Exp and for loops; float x[i] - zp is missed too)
// gap: -LG0003@25
// HeldOut59 — Int8Linq_WhileFloatExp. Idiom: firmware-style int8 softmax with `while` loops and manual indices over a
// flat tensor; each value is dequantised inline and exponentiated with `float.Exp` without any shift, then the
// probabilities are requantised with `(byte)Math.Round(p * 255)`.
// Use: a tiny int8 classifier on a microcontroller-like main loop.
// Layout: flat sbyte[] [rows * classes], offset o = r * classes; float[] and byte[] out, same layout.
// Bug: LG0003 (raw exp of the dequantised logits).
using System;

namespace HeldOut59.Int8Linq_WhileFloatExp;

public static class FirmwareSoftmax
{
    public static void Run(sbyte[] q, int rows, int classes, float scale, int zeroPoint, float[] probs, byte[] output)
    {
        int r = 0;
        while (r < rows)
        {
            int o = r * classes;
            float sum = 0f;
            int k = 0;
            while (k < classes)
            {
                probs[o + k] = float.Exp((q[o + k] - zeroPoint) * scale); //~ LG0003
                sum += probs[o + k];
                k++;
            }

            k = 0;
            while (k < classes)
            {
                probs[o + k] /= sum;
                output[o + k] = (byte)Math.Round(probs[o + k] * 255);
                k++;
            }

            r++;
        }
    }
}

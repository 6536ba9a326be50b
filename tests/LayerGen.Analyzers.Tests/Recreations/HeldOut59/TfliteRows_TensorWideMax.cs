// HeldOut59 — TfliteRows_TensorWideMax. Idiom: TFLite-Micro-style int8 softmax (scale the integer difference q - max
// before the exp, requantise to uint8), but the maximum is taken once over the whole int8 tensor with a foreach over the
// 2D array instead of per row. Use: batched int8 classifier output, one softmax per batch row.
// Layout: sbyte[batch, classes] row-major; float[batch, classes] probabilities and byte[batch, classes] output.
// Inspired by TFLite Micro's reference softmax, seen in the public code search; our own code.
// Bug: LG0001 (the shift is a maximum over every row; a row far below the top row underflows to 0/0).
using System;

namespace HeldOut59.TfliteRows_TensorWideMax;

public static class BatchedInt8Softmax
{
    public static void Run(sbyte[,] input, float inputScale, float[,] probs, byte[,] output)
    {
        int batch = input.GetLength(0);
        int classes = input.GetLength(1);
        sbyte tensorMax = sbyte.MinValue;
        foreach (sbyte v in input)
        {
            if (v > tensorMax) tensorMax = v; //~ LG0001
        }

        for (int b = 0; b < batch; b++)
        {
            float sum = 0f;
            for (int k = 0; k < classes; k++)
            {
                probs[b, k] = MathF.Exp(inputScale * (input[b, k] - tensorMax));
                sum += probs[b, k];
            }

            for (int k = 0; k < classes; k++)
            {
                probs[b, k] /= sum;
                output[b, k] = (byte)Math.Clamp((int)MathF.Round(probs[b, k] * 256f), 0, 255);
            }
        }
    }
}

// HeldOut59 — TfliteRows_QuantisedRowMax. Idiom: a C# port of the TFLite Micro reference int8 softmax: the row's
// maximum is found in the quantised domain, the integer difference (q - maxInRow) is scaled by the input scale before
// the exp (the zero point cancels), and the probabilities are requantised to uint8 with output scale 1/256.
// Use: the int8 output tensor of a small batched classifier on a microcontroller-like loop.
// Layout: flat sbyte[] [rows * depth], row offset r * depth; float[] probabilities and byte[] requantised output alike.
// Inspired by TFLite Micro's reference softmax (max_in_row / input_diff), seen in the public code search; our own code.
// Correct.
using System;

namespace HeldOut59.TfliteRows_QuantisedRowMax;

public static class QuantisedSoftmax
{
    public static void Run(sbyte[] input, int rows, int depth, float inputScale, float[] probs, byte[] output)
    {
        for (int r = 0; r < rows; r++)
        {
            int offset = r * depth;
            sbyte maxInRow = sbyte.MinValue;
            for (int c = 0; c < depth; c++)
            {
                if (input[offset + c] > maxInRow) maxInRow = input[offset + c];
            }

            float sum = 0f;
            for (int c = 0; c < depth; c++)
            {
                int inputDiff = input[offset + c] - maxInRow;
                float e = MathF.Exp(inputScale * inputDiff);
                probs[offset + c] = e;
                sum += e;
            }

            for (int c = 0; c < depth; c++)
            {
                probs[offset + c] /= sum;
                int q = (int)MathF.Round(probs[offset + c] * 256f);
                output[offset + c] = (byte)Math.Min(q, 255);
            }
        }
    }
}

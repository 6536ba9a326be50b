// Idiom: int8-quantized logits from a native inference engine (`sbyte* q`) dequantized on read with a fixed scale.
// Use: class probabilities per row of an int8 output tensor `(sbyte* q, float* probs, int rows, int cols)`.
// Layout: unmanaged sbyte rows, row-major; dequantized logit = q * (1/16), so every logit lies in [-8, 7.94].
// Correct: no max is subtracted, but the exponent is provably bounded (|q / 16| ≤ 8: exp ∈ [3.4e-4, 2.8e3]), so no
// overflow or underflow is possible for any input.
// Our own code.
using System;

namespace HeldOut89.QuantizedInt8_BoundedExp;

public static unsafe class Int8Softmax
{
    public const float Scale = 1f / 16f;

    public static void Softmax(sbyte* q, float* probs, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            sbyte* row = q + (nint)r * cols;
            float* dst = probs + (nint)r * cols;
            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                dst[c] = MathF.Exp(row[c] * Scale);
                sum += dst[c];
            }

            for (int c = 0; c < cols; c++)
            {
                dst[c] /= sum;
            }
        }
    }
}

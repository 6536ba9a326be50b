// Idiom: switch expression choosing the dequantisation scale; exp of sbyte-quantised logits without a max, safe
// because |q · scale| ≤ 128 · 0.5 = 64 < 88 (float exp never overflows, the sum of ≤ 10^6 terms neither).
// Use: an int8-quantised classifier head.
// Layout: flat sbyte[batch * classes], row-major; float output.
// Correct (bounded exponent).
// Our own code.
#nullable enable
using System;

namespace HeldOut95.SwitchExpressions_QuantisedBounded;

public enum Precision { Int8, Int4 }

public static class QuantisedSoftmax
{
    public static float[] Forward(sbyte[] q, int classes, Precision precision)
    {
        float scale = precision switch
        {
            Precision.Int8 => 1f / 32f,
            Precision.Int4 => 0.5f,
            _ => throw new ArgumentOutOfRangeException(nameof(precision)),
        };

        var y = new float[q.Length];
        for (int o = 0; o < q.Length; o += classes)
        {
            float sum = 0f;
            for (int j = 0; j < classes; j++)
                sum += y[o + j] = MathF.Exp(q[o + j] * scale);
            for (int j = 0; j < classes; j++)
                y[o + j] /= sum;
        }
        return y;
    }
}

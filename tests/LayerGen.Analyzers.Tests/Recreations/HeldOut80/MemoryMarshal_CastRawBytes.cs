// Idiom: MemoryMarshal.Cast<byte, float> reinterprets a received byte payload as logits; rows walked by offset.
// Use: turning a model server's raw float32 response body into class probabilities.
// Layout: byte[] holding float[rows * classes] row-major; float[] out.
// Bug: LG0003 — MathF.Exp of the raw logits (no max subtracted): above ~88 the exp is infinity and the row is NaN.
// Our own code.
#nullable enable
using System;
using System.Runtime.InteropServices;

namespace HeldOut80.MemoryMarshal_CastRawBytes;

public static class ResponseDecoder
{
    public static float[] Probabilities(byte[] payload, int classes)
    {
        ReadOnlySpan<float> logits = MemoryMarshal.Cast<byte, float>(payload);
        var probs = new float[logits.Length];
        for (int o = 0; o < logits.Length; o += classes)
        {
            float denom = 0f;
            for (int j = 0; j < classes; j++)
            {
                float e = MathF.Exp(logits[o + j]); //~ LG0003
                probs[o + j] = e;
                denom += e;
            }

            for (int j = 0; j < classes; j++)
            {
                probs[o + j] /= denom;
            }
        }

        return probs;
    }
}

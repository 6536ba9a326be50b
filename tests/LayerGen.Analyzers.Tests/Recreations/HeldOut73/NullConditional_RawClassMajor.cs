// Idiom: C# 14 null-conditional assignment of the normalised value into an optional output (`probs?[c][b] = e[c] / s`).
// Use: decoder class probabilities, output buffer supplied by the caller or not.
// Layout: class-major jagged float[classes][batch], softmax per sample b over the classes.
// Bug LG0003: e[c] = MathF.Exp(z[c][b]) has no max subtracted.
// Our own code.
#nullable enable
using System;

namespace HeldOut73.NullConditional_RawClassMajor;

public static class Decoder
{
    public static void Normalise(float[][] z, float[][]? probs)
    {
        int classes = z.Length, batch = z[0].Length;
        var e = new float[classes];
        for (int b = 0; b < batch; b++)
        {
            float s = 0f;
            for (int c = 0; c < classes; c++)
            {
                e[c] = MathF.Exp(z[c][b]); //~ LG0003
                s += e[c];
            }

            for (int c = 0; c < classes; c++) probs?[c][b] = e[c] / s;
        }
    }
}

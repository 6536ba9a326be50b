// Idiom: a reduction held in an init-only `Func<>` property — `Fold { get; init; } = MathF.Max` — used to fold a
// peak per class over the batch into a `float[] peaks` buffer.
// Use: a softmax whose fold is configurable by object initializer.
// Layout: jagged float[batch][classes]; softmax per sample (over the classes).
// Bug: LG0004 — the peaks fold along the batch axis (one per class), the sum along the class axis (one per sample).
// Our own code.
#nullable enable
using System;

namespace HeldOut74.FuncField_ClassPeakProperty;

public sealed class ConfigurableSoftmax
{
    public Func<float, float, float> Fold { get; init; } = MathF.Max;

    public float[][] Forward(float[][] x)
    {
        int classes = x[0].Length;
        var peaks = new float[classes];
        Array.Fill(peaks, float.NegativeInfinity);
        foreach (float[] sample in x)
        {
            for (int c = 0; c < classes; c++)
            {
                peaks[c] = Fold(peaks[c], sample[c]); //~ LG0004
            }
        }

        var y = new float[x.Length][];
        for (int n = 0; n < x.Length; n++)
        {
            y[n] = new float[classes];
            float z = 0f;
            for (int c = 0; c < classes; c++)
            {
                y[n][c] = MathF.Exp(x[n][c] - peaks[c]);
                z += y[n][c];
            }

            for (int c = 0; c < classes; c++)
            {
                y[n][c] /= z;
            }
        }

        return y;
    }
}

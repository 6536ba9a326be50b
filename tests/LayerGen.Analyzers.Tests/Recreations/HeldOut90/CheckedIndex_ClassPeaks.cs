// Idiom: checked(...) index expressions and a checked length product validated up front.
// Use: class-major score buffer (one block of samples per class) normalised per sample.
// Layout: flat float[classes * batch], class-major: sample b's class c at c * batch + b.
// Bug (LG0004): the peak is folded per class over all samples, while each sample's sum runs over its classes.
// Our own code.
using System;

namespace HeldOut90.CheckedIndex_ClassPeaks;

public static class ClassMajor
{
    public static float[] Normalise(float[] x, int classes, int batch)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (checked(classes * batch) != x.Length)
        {
            throw new ArgumentException("shape mismatch", nameof(x));
        }

        var peaks = new float[classes];
        for (int c = 0; c < classes; c++)
        {
            peaks[c] = float.NegativeInfinity;
            for (int b = 0; b < batch; b++)
            {
                peaks[c] = MathF.Max(peaks[c], x[checked(c * batch + b)]); //~ LG0004
            }
        }

        var y = new float[x.Length];
        for (int b = 0; b < batch; b++)
        {
            float s = 0f;
            for (int c = 0; c < classes; c++)
            {
                int at = checked(c * batch + b);
                y[at] = MathF.Exp(x[at] - peaks[c]);
                s += y[at];
            }

            for (int c = 0; c < classes; c++)
            {
                y[checked(c * batch + b)] /= s;
            }
        }

        return y;
    }
}

// Idiom: the flat column-major class block (`[classes, batch]`) read through `ReadOnlySpan<float>` with one `Slice`
// per class row to get "class peaks", then strided per-sample normalisation.
// Layout: flat float span, class rows contiguous (`Slice(c * batch, batch)`); one softmax per sample (over classes).
// Twin of ColumnMajorFlat_StridePerSample; own code.
// Bug LG0004: `peak[c]` is the max of one class over the batch (the other axis) while the sum runs over the classes
// of one sample: max and sum over different axes.
using System;

namespace HeldOut66.ColumnMajorFlat_PeakAlongClassRow;

public static class ClassBlock
{
    public static void Normalise(ReadOnlySpan<float> z, Span<float> p, int classes, int batch)
    {
        var peak = new float[classes];
        for (int c = 0; c < classes; c++)
        {
            ReadOnlySpan<float> classRow = z.Slice(c * batch, batch);
            peak[c] = float.NegativeInfinity;
            for (int n = 0; n < classRow.Length; n++)
            {
                if (classRow[n] > peak[c]) peak[c] = classRow[n]; //~ LG0004
            }
        }

        for (int n = 0; n < batch; n++)
        {
            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                p[c * batch + n] = MathF.Exp(z[c * batch + n] - peak[c]);
                sum += p[c * batch + n];
            }

            for (int c = 0; c < classes; c++)
            {
                p[c * batch + n] /= sum;
            }
        }
    }
}

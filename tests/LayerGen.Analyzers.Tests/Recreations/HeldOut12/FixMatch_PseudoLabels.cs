// Source: FixMatch / UDA pseudo-labelling (Sohn et al. 2020; Xie et al. 2020; google-research/fixmatch, uda): the
// weakly augmented view's logits are sharpened at temperature T, softmaxed per sample, and the sample is kept when its
// top probability reaches the confidence threshold. Layout: flat ReadOnlyMemory<float> [batch · classes] walked through
// `.Span` row slices; the shift is the row's raw max divided by T (T > 0).
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class FixMatch_PseudoLabels
{
    public static float[] Sharpen(ReadOnlyMemory<float> weakLogits, int classes, float temperature, float threshold, int[] labels, bool[] keep)
    {
        var probs = new float[weakLogits.Length];
        int batch = weakLogits.Length / classes;
        for (int n = 0; n < batch; n++)
        {
            ReadOnlySpan<float> row = weakLogits.Span.Slice(n * classes, classes);
            Span<float> p = probs.AsSpan(n * classes, classes);
            float top = row[0];
            int arg = 0;
            for (int k = 1; k < classes; k++)
            {
                if (row[k] > top)
                {
                    top = row[k];
                    arg = k;
                }
            }

            float shift = top / temperature, z = 0f;
            for (int k = 0; k < classes; k++)
            {
                p[k] = MathF.Exp(row[k] / temperature - shift);
                z += p[k];
            }

            for (int k = 0; k < classes; k++)
            {
                p[k] /= z;
            }

            labels[n] = arg;
            keep[n] = p[arg] >= threshold;
        }

        return probs;
    }
}

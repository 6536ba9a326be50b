// Idiom: multinomial land-cover classification per pixel, class scores pixel-interleaved (BIP), each pixel's scores
// taken as a ReadOnlySpan slice, written into the matching Span slice of the output.
// Use: per-pixel class probabilities of a classified scene (forest, crop, water, urban, ...).
// Layout: flat float[] of pixels × classes, stride pixel * classes + c; Slice per pixel; MathF.Exp.
// Correct: peak and total per pixel.
using System;

namespace HeldOut51.LandCover_PixelInterleavedSpans;

public static class PixelClassifier
{
    public static void Probabilities(ReadOnlySpan<float> scores, Span<float> probabilities, int classes)
    {
        int pixels = scores.Length / classes;
        for (int pixel = 0; pixel < pixels; pixel++)
        {
            ReadOnlySpan<float> s = scores.Slice(pixel * classes, classes);
            Span<float> p = probabilities.Slice(pixel * classes, classes);
            float peak = s[0];
            for (int c = 1; c < s.Length; c++)
            {
                if (s[c] > peak) peak = s[c];
            }

            float total = 0f;
            for (int c = 0; c < s.Length; c++)
            {
                p[c] = MathF.Exp(s[c] - peak);
                total += p[c];
            }

            for (int c = 0; c < p.Length; c++)
            {
                p[c] /= total;
            }
        }
    }
}

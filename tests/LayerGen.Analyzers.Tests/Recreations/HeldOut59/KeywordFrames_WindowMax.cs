// HeldOut59 — KeywordFrames_WindowMax. Idiom: keyword spotting over a window of int8 frames held in one flat buffer;
// each frame is a `Slice` of the window and is softmaxed into a `Slice` of the posterior buffer, but the shift is the
// largest dequantised score of the whole window (`MathF.Max` over every frame).
// Use: streaming keyword spotting, per-frame keyword posteriors.
// Layout: ReadOnlySpan<sbyte> window [frames * keywords], frame f at Slice(f * keywords, keywords); Span<float> out.
// Bug: LG0001 (the maximum spans every frame of the window, not the frame being normalised).
using System;

namespace HeldOut59.KeywordFrames_WindowMax;

public static class WindowPosteriors
{
    public static void Compute(ReadOnlySpan<sbyte> window, int keywords, float scale, int zeroPoint, Span<float> posteriors)
    {
        int frames = window.Length / keywords;
        float windowMax = float.NegativeInfinity;
        for (int i = 0; i < window.Length; i++)
        {
            windowMax = MathF.Max(windowMax, (window[i] - zeroPoint) * scale); //~ LG0001
        }

        for (int f = 0; f < frames; f++)
        {
            ReadOnlySpan<sbyte> frame = window.Slice(f * keywords, keywords);
            Span<float> post = posteriors.Slice(f * keywords, keywords);
            float sum = 0f;
            for (int k = 0; k < keywords; k++)
            {
                post[k] = MathF.Exp((frame[k] - zeroPoint) * scale - windowMax);
                sum += post[k];
            }

            for (int k = 0; k < keywords; k++)
            {
                post[k] /= sum;
            }
        }
    }
}

// Idiom: segmentation decoder output in NHWC (TFLite/ONNX export), per-pixel class softmax over the innermost channels
// Layout: flat float[] NHWC, one Span<float> slice of C channels per pixel
// Correct
using System;

namespace HeldOut38.SegNhwc_SpanPerPixel;

public sealed class NhwcSoftmax
{
    public void Apply(ReadOnlySpan<float> logits, Span<float> probs, int pixels, int channels)
    {
        for (int p = 0; p < pixels; p++)
        {
            ReadOnlySpan<float> src = logits.Slice(p * channels, channels);
            Span<float> dst = probs.Slice(p * channels, channels);

            float max = src[0];
            for (int c = 1; c < src.Length; c++)
                max = MathF.Max(max, src[c]);

            float sum = 0f;
            for (int c = 0; c < src.Length; c++)
            {
                dst[c] = MathF.Exp(src[c] - max);
                sum += dst[c];
            }

            for (int c = 0; c < dst.Length; c++)
                dst[c] /= sum;
        }
    }
}

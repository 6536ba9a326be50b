// Source: ONNX segmentation C# samples with channel-last outputs ([H, W, C], e.g. TFLite/ONNX exported DeepLab,
// crack segmentation ImagePostprocessor family): confidence map from per-pixel softmax.
// Layout: flat [H, W, C] as ReadOnlySpan; one slice of C channels per pixel; ternary max.
// Correct.
using System;

namespace LayerGen.HeldOut4.SegmentationHwcSpanPixels;

public static class ChannelLastSoftmax
{
    public static void Run(ReadOnlySpan<float> logits, Span<float> probabilities, int pixels, int channels)
    {
        for (int p = 0; p < pixels; p++)
        {
            ReadOnlySpan<float> px = logits.Slice(p * channels, channels);
            Span<float> outPx = probabilities.Slice(p * channels, channels);

            float max = px[0];
            for (int c = 1; c < px.Length; c++)
                max = px[c] > max ? px[c] : max;

            float sum = 0f;
            for (int c = 0; c < px.Length; c++)
            {
                outPx[c] = MathF.Exp(px[c] - max);
                sum += outPx[c];
            }

            float inv = 1f / sum;
            for (int c = 0; c < outPx.Length; c++)
                outPx[c] *= inv;
        }
    }
}

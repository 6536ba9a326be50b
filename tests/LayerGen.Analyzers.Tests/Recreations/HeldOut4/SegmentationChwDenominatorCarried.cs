// Source: ONNX segmentation post-processing in C# (crack/person segmentation apps, [C, H, W] model outputs):
// per-pixel softmax over the channel axis, hand-written with a channel loop inside a pixel loop.
// Layout: flat [C, H, W]; per-pixel max over channels; denominator declared once outside the pixel loop.
// Bug: the denominator is never reset per pixel, so it sums the exps of every pixel seen so far.
using System;

namespace LayerGen.HeldOut4.SegmentationChwDenominatorCarried;

public static class PixelSoftmax
{
    public static void Apply(float[] logits, float[] probabilities, int channels, int pixels)
    {
        float denominator = 0f;
        for (int p = 0; p < pixels; p++)
        {
            float peak = float.NegativeInfinity;
            for (int c = 0; c < channels; c++)
                peak = MathF.Max(peak, logits[c * pixels + p]);

            for (int c = 0; c < channels; c++)
            {
                float e = MathF.Exp(logits[c * pixels + p] - peak);
                probabilities[c * pixels + p] = e;
                denominator += e; //~ LG0002
            }

            for (int c = 0; c < channels; c++)
                probabilities[c * pixels + p] /= denominator;
        }
    }
}

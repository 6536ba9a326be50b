// Source: C# CTC greedy decoders for ONNX OCR recognition models ([T, C] output per line, span per frame).
// Layout: flat [frames, classes]; each frame sliced as a Span and softmaxed.
// Bug (LG0003): exp of the raw frame logits, no max subtracted.
using System;

namespace LayerGen.Recreations.HeldOut5.CtcOcrFrameSpansRawExpNs;

public static class CtcOcrFrameSpansRawExp
{
    public static void FrameSoftmax(float[] logits, float[] probs, int frames, int classes)
    {
        for (int t = 0; t < frames; t++)
        {
            ReadOnlySpan<float> frame = logits.AsSpan(t * classes, classes);
            Span<float> outFrame = probs.AsSpan(t * classes, classes);
            float total = 0f;
            for (int c = 0; c < frame.Length; c++)
            {
                float e = MathF.Exp(frame[c]); //~ LG0003
                outFrame[c] = e;
                total += e;
            }
            for (int c = 0; c < frame.Length; c++)
            {
                outFrame[c] /= total;
            }
        }
    }
}

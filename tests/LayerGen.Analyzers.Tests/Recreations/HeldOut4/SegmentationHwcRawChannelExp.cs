// Source: channel-last segmentation post-processing in C# (ONNX Runtime mobile samples family, [H, W, C] outputs):
// per-pixel class confidences computed straight from the logits.
// Layout: flat [H, W, C]; per-pixel channel loop; exps kept in a scratch array.
// Bug: exp of the raw logits, no max subtracted (overflow above ~88 in float).
using System;

namespace LayerGen.HeldOut4.SegmentationHwcRawChannelExp;

public static class ConfidenceMap
{
    public static void Compute(float[] logits, float[] confidences, int pixels, int channels)
    {
        var scratch = new float[channels];
        for (int p = 0; p < pixels; p++)
        {
            int offset = p * channels;
            float sum = 0f;
            for (int c = 0; c < channels; c++)
            {
                scratch[c] = MathF.Exp(logits[offset + c]); //~ LG0003
                sum += scratch[c];
            }

            for (int c = 0; c < channels; c++)
                confidences[offset + c] = scratch[c] / sum;
        }
    }
}

// Re-creates: per-pixel class softmax of a segmentation head in C# (ONNX Runtime C# samples' post-processing of [N, C, H*W] output)
// Layout: flat float[] [batch, channels, pixels], element at (n * C + c) * P + p; softmax over channels per (n, p)
// Expected: Correct
using System;

namespace HeldOut2.SegmentationChannelSoftmax;

public static class Segmentation
{
    public static void ChannelSoftmax(float[] logits, float[] probs, int batch, int channels, int pixels)
    {
        for (int n = 0; n < batch; n++)
        {
            for (int p = 0; p < pixels; p++)
            {
                float m = float.NegativeInfinity;
                for (int c = 0; c < channels; c++)
                {
                    m = MathF.Max(m, logits[(n * channels + c) * pixels + p]);
                }

                float s = 0f;
                for (int c = 0; c < channels; c++)
                {
                    int at = (n * channels + c) * pixels + p;
                    probs[at] = MathF.Exp(logits[at] - m);
                    s += probs[at];
                }

                for (int c = 0; c < channels; c++)
                {
                    probs[(n * channels + c) * pixels + p] /= s;
                }
            }
        }
    }
}

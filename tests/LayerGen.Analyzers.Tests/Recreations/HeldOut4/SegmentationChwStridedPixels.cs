// Source: ONNX semantic-segmentation post-processing in C# (ooples/AiDotNet SegmentationTensorOps, crack/person
// segmentation apps): per-pixel class probabilities from a [C, H, W] logit map before thresholding.
// Layout: flat [C, H, W]; softmax over C for every pixel, walked with `idx += plane` strides; max seeded with channel 0.
// Correct.
namespace LayerGen.HeldOut4.SegmentationChwStridedPixels;

public static class SegmentationPostprocessor
{
    public static void ClassProbabilities(float[] logits, float[] probabilities, int channels, int height, int width)
    {
        int plane = height * width;
        int end = channels * plane;
        for (int p = 0; p < plane; p++)
        {
            float best = logits[p];
            for (int idx = p + plane; idx < end; idx += plane)
            {
                if (logits[idx] > best)
                    best = logits[idx];
            }

            float total = 0f;
            for (int idx = p; idx < end; idx += plane)
            {
                float e = System.MathF.Exp(logits[idx] - best);
                probabilities[idx] = e;
                total += e;
            }

            for (int idx = p; idx < end; idx += plane)
                probabilities[idx] /= total;
        }
    }
}

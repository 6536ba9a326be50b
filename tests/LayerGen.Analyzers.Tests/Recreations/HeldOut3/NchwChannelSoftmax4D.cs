// Re-creates: ONNX Runtime C# semantic-segmentation post-processing (e.g. the DeepLab/FCN samples): per-pixel
// class probabilities from a 4-D [N, C, H, W] output, softmax over the channel dimension.
// Layout: float[N, C, H, W]; softmax axis = C (dimension 1).
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut3.NchwChannelSoftmax4D;

public static class Segmentation
{
    public static float[,,,] ClassProbabilities(float[,,,] logits)
    {
        int n = logits.GetLength(0), c = logits.GetLength(1), h = logits.GetLength(2), w = logits.GetLength(3);
        var probs = new float[n, c, h, w];
        for (int b = 0; b < n; b++)
        {
            for (int yy = 0; yy < h; yy++)
            {
                for (int xx = 0; xx < w; xx++)
                {
                    float max = float.NegativeInfinity;
                    for (int k = 0; k < c; k++)
                    {
                        max = Math.Max(max, logits[b, k, yy, xx]);
                    }

                    float sum = 0f;
                    for (int k = 0; k < c; k++)
                    {
                        probs[b, k, yy, xx] = MathF.Exp(logits[b, k, yy, xx] - max);
                        sum += probs[b, k, yy, xx];
                    }

                    for (int k = 0; k < c; k++)
                    {
                        probs[b, k, yy, xx] /= sum;
                    }
                }
            }
        }

        return probs;
    }
}

// Re-creates the shape of the context-modelling block of GCNet (Cao et al. 2019, "GCNet: Non-local networks meet
// squeeze-excitation"; xvjiarui/GCNet `ContextBlock.spatial_pool`): a 1x1 convolution gives one logit per position,
// a softmax over all H x W positions of the sample weights the features into a [C] context vector.
// Layout: rank-4 float[B, C, H, W] features, float[C] mask weights, float[B, H, W] logits first, then a float[H, W]
// array of per-position shifts.
// Bug (LG0004): the max runs over the batch at each position (h, w), the sum over the positions of one sample.
using System;

namespace HeldOut11;

public static class GcNetContext_MaxPerPositionOverBatch
{
    public static void SpatialPool(float[,,,] x, float[] maskWeight, float[,,] attention, float[,] context)
    {
        int batch = x.GetLength(0), channels = x.GetLength(1), height = x.GetLength(2), width = x.GetLength(3);
        for (int b = 0; b < batch; b++)
            for (int h = 0; h < height; h++)
                for (int w = 0; w < width; w++)
                {
                    float s = 0f;
                    for (int c = 0; c < channels; c++)
                        s += maskWeight[c] * x[b, c, h, w];
                    attention[b, h, w] = s;
                }
        var top = new float[height, width];
        for (int h = 0; h < height; h++)
            for (int w = 0; w < width; w++)
            {
                top[h, w] = float.NegativeInfinity;
                for (int b = 0; b < batch; b++)
                    top[h, w] = MathF.Max(top[h, w], attention[b, h, w]); //~ LG0004
            }
        for (int b = 0; b < batch; b++)
        {
            float sum = 0f;
            for (int h = 0; h < height; h++)
                for (int w = 0; w < width; w++)
                {
                    attention[b, h, w] = MathF.Exp(attention[b, h, w] - top[h, w]);
                    sum += attention[b, h, w];
                }
            for (int h = 0; h < height; h++)
                for (int w = 0; w < width; w++)
                {
                    attention[b, h, w] /= sum;
                    for (int c = 0; c < channels; c++)
                        context[b, c] += attention[b, h, w] * x[b, c, h, w];
                }
        }
    }
}

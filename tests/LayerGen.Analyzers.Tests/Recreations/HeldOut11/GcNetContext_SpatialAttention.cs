// Re-creates the shape of the context-modelling block of GCNet (Cao et al. 2019, "GCNet: Non-local networks meet
// squeeze-excitation"; xvjiarui/GCNet `ContextBlock.spatial_pool`): a 1x1 convolution gives one logit per position,
// a softmax over all H x W positions of the sample weights the features into a [C] context vector.
// Layout: rank-4 float[B, C, H, W] features, float[C] mask weights, a float[H, W] scratch of logits per sample,
// float[B, H, W] attention and float[B, C] context.
// Correct: the max and the sum run over the H x W positions (two axes) of one sample.
using System;

namespace HeldOut11;

public static class GcNetContext_SpatialAttention
{
    public static void SpatialPool(float[,,,] x, float[] maskWeight, float[,,] attention, float[,] context)
    {
        int batch = x.GetLength(0), channels = x.GetLength(1), height = x.GetLength(2), width = x.GetLength(3);
        var logit = new float[height, width];
        for (int b = 0; b < batch; b++)
        {
            float top = float.NegativeInfinity;
            for (int h = 0; h < height; h++)
                for (int w = 0; w < width; w++)
                {
                    float s = 0f;
                    for (int c = 0; c < channels; c++)
                        s += maskWeight[c] * x[b, c, h, w];
                    logit[h, w] = s;
                    top = MathF.Max(top, s);
                }
            float sum = 0f;
            for (int h = 0; h < height; h++)
                for (int w = 0; w < width; w++)
                {
                    attention[b, h, w] = MathF.Exp(logit[h, w] - top);
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

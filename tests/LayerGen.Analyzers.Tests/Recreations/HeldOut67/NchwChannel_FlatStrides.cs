// Idiom: channel softmax of an image batch (per-pixel class probabilities of a segmentation head), written over a flat
// NCHW buffer with computed strides: the softmax axis C is strided by h * w. Style after ONNX Softmax(axis = 1) kernels
// that walk "outer / axis / inner" (our own code).
// Layout: flat float[n * c * h * w], index ((b * c + ch) * h + y) * w + x.
// Correct: max and sum over the channels of one pixel.
using System;

namespace HeldOut67.NchwChannel_FlatStrides;

public static class ChannelSoftmax
{
    public static float[] Forward(float[] input, int n, int c, int h, int w)
    {
        var output = new float[input.Length];
        int plane = h * w;
        int imageStride = c * plane;
        for (int b = 0; b < n; b++)
        {
            int imageBase = b * imageStride;
            for (int p = 0; p < plane; p++)
            {
                int start = imageBase + p;
                float max = input[start];
                for (int ch = 1; ch < c; ch++)
                {
                    max = MathF.Max(max, input[start + ch * plane]);
                }

                float sum = 0f;
                for (int ch = 0; ch < c; ch++)
                {
                    float e = MathF.Exp(input[start + ch * plane] - max);
                    output[start + ch * plane] = e;
                    sum += e;
                }

                for (int ch = 0; ch < c; ch++)
                {
                    output[start + ch * plane] /= sum;
                }
            }
        }

        return output;
    }
}

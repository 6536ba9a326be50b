// Idiom: soft-argmax sub-pixel keypoint localisation: per keypoint channel, p = softmax(β · heat) over the H·W pixels, (x, y) = Σ p · (col, row)
// Layout: flat float[] heatmaps [channel, row, col], one Span slice per channel
// Correct
using System;

namespace HeldOut35.SoftArgmax_PerChannel
{
    public static class Keypoints
    {
        public static (float X, float Y)[] SoftArgmax(float[] heatmaps, int channels, int height, int width, float beta, float[] prob)
        {
            int plane = height * width;
            var result = new (float X, float Y)[channels];
            for (int c = 0; c < channels; c++)
            {
                ReadOnlySpan<float> h = heatmaps.AsSpan(c * plane, plane);
                Span<float> p = prob.AsSpan(c * plane, plane);

                float peak = float.NegativeInfinity;
                for (int i = 0; i < plane; i++)
                {
                    if (h[i] > peak) peak = h[i];
                }

                float z = 0f;
                for (int i = 0; i < plane; i++)
                {
                    p[i] = MathF.Exp(beta * (h[i] - peak));
                    z += p[i];
                }

                float x = 0f, y = 0f;
                for (int i = 0; i < plane; i++)
                {
                    p[i] /= z;
                    x += p[i] * (i % width);
                    y += p[i] * (i / width);
                }

                result[c] = (x, y);
            }

            return result;
        }
    }
}

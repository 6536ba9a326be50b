// Idiom: per-pixel softmax over interleaved channels of a locked float image buffer, unsafe pointers with a row pitch
// Layout: float buffer like a locked Bitmap: row y starts at scan0 + y * strideFloats, pixel x at row + x * channels
// Correct
using System;

namespace HeldOut38.PointerPixels_InterleavedChannels;

public sealed class FloatImage
{
    public FloatImage(int width, int height, int channels, int strideFloats)
    {
        Width = width;
        Height = height;
        Channels = channels;
        StrideFloats = strideFloats;
        Pixels = new float[height * strideFloats];
    }

    public int Width { get; }
    public int Height { get; }
    public int Channels { get; }
    public int StrideFloats { get; }
    public float[] Pixels { get; }
}

public static class PixelSoftmax
{
    public static unsafe void ApplyInPlace(FloatImage image)
    {
        int w = image.Width, h = image.Height, ch = image.Channels, stride = image.StrideFloats;
        fixed (float* scan0 = image.Pixels)
        {
            for (int y = 0; y < h; y++)
            {
                float* row = scan0 + y * stride;
                for (int x = 0; x < w; x++)
                {
                    float* px = row + x * ch;
                    float max = px[0];
                    for (int c = 1; c < ch; c++)
                        if (px[c] > max) max = px[c];

                    float sum = 0f;
                    for (int c = 0; c < ch; c++)
                    {
                        px[c] = MathF.Exp(px[c] - max);
                        sum += px[c];
                    }

                    float inv = 1f / sum;
                    for (int c = 0; c < ch; c++)
                        px[c] *= inv;
                }
            }
        }
    }
}

// Idiom: Unity Sentis segmentation readback, indexer version: per-pixel max, then a sum step copied with its loops swapped
// Layout: channels-last tensor stand-in [1, height, width, channels], indexer output[0, y, x, c]
// Bug (LG0004): the max runs over each pixel's channels but each sum runs over all pixels of one channel
using System;

namespace HeldOut34.SentisNhwc_ChannelSums
{
    /// <summary>Minimal stand-in for a Unity Sentis TensorFloat with a 4D indexer (NHWC).</summary>
    public sealed class TensorFloat
    {
        private readonly float[] _data;

        public TensorFloat(int height, int width, int channels, float[] data)
        {
            Height = height;
            Width = width;
            Channels = channels;
            _data = data;
        }

        public int Height { get; }
        public int Width { get; }
        public int Channels { get; }

        public float this[int n, int y, int x, int c] => _data[((n * Height + y) * Width + x) * Channels + c];
    }

    public static class MaskPostProcess
    {
        public static float[,,] Probabilities(TensorFloat output)
        {
            int h = output.Height;
            int w = output.Width;
            int channels = output.Channels;

            var pixelMax = new float[h, w];
            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    float m = float.MinValue;
                    for (int c = 0; c < channels; c++)
                    {
                        m = Math.Max(m, output[0, y, x, c]); //~ LG0004
                    }

                    pixelMax[y, x] = m;
                }
            }

            var channelSum = new float[channels];
            for (int c = 0; c < channels; c++)
            {
                for (int y = 0; y < h; y++)
                {
                    for (int x = 0; x < w; x++)
                    {
                        channelSum[c] += (float)Math.Exp(output[0, y, x, c] - pixelMax[y, x]);
                    }
                }
            }

            var probs = new float[h, w, channels];
            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    for (int c = 0; c < channels; c++)
                    {
                        probs[y, x, c] = (float)Math.Exp(output[0, y, x, c] - pixelMax[y, x]) / channelSum[c];
                    }
                }
            }

            return probs;
        }
    }
}

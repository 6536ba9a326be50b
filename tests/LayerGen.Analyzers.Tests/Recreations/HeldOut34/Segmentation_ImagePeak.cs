// Idiom: semantic segmentation post-processing on the output tensor object: "subtract the max for stability", per-pixel softmax
// Layout: channels-first tensor stand-in [1, classes, height, width], multi-index output[0, c, y, x]; LINQ Max over ToArray()
// Bug (LG0001): one max over the whole image (all pixels and classes); a pixel far below it underflows to 0/0
using System;
using System.Linq;

namespace HeldOut34.Segmentation_ImagePeak
{
    /// <summary>Minimal stand-in for an inference runtime's output tensor (row-major, multi-index access).</summary>
    public sealed class OutputTensor
    {
        private readonly float[] _data;

        public OutputTensor(float[] data, params int[] shape)
        {
            _data = data;
            Shape = shape;
        }

        public int[] Shape { get; }

        public float this[int n, int c, int y, int x] =>
            _data[((n * Shape[1] + c) * Shape[2] + y) * Shape[3] + x];

        public float[] ToArray() => (float[])_data.Clone();
    }

    public static class MaskDecoder
    {
        public static float[,,] ClassProbabilities(OutputTensor output)
        {
            int classes = output.Shape[1];
            int height = output.Shape[2];
            int width = output.Shape[3];

            float peak = output.ToArray().Max(); //~ LG0001

            var probs = new float[height, width, classes];
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    float total = 0f;
                    for (int c = 0; c < classes; c++)
                    {
                        probs[y, x, c] = MathF.Exp(output[0, c, y, x] - peak);
                        total += probs[y, x, c];
                    }

                    for (int c = 0; c < classes; c++)
                    {
                        probs[y, x, c] /= total;
                    }
                }
            }

            return probs;
        }

        public static byte[] ToMask(OutputTensor output)
        {
            float[,,] probs = ClassProbabilities(output);
            var mask = new byte[probs.GetLength(0) * probs.GetLength(1)];
            for (int y = 0; y < probs.GetLength(0); y++)
            {
                for (int x = 0; x < probs.GetLength(1); x++)
                {
                    int best = 0;
                    for (int c = 1; c < probs.GetLength(2); c++)
                    {
                        if (probs[y, x, c] > probs[y, x, best])
                        {
                            best = c;
                        }
                    }

                    mask[y * probs.GetLength(1) + x] = (byte)best;
                }
            }

            return mask;
        }
    }
}

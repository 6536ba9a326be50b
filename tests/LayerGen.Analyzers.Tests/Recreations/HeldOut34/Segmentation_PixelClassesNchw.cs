// Idiom: semantic segmentation (DeepLab/U-Net ONNX export): per-pixel class probabilities, then a class map and confidence
// Layout: flat channels-first float[] [1, classes, height, width], plane = height * width, index c * plane + y * width + x
// Correct
using System;

namespace HeldOut34.Segmentation_PixelClassesNchw
{
    public sealed class SegmentationResult
    {
        public SegmentationResult(int width, int height, int[] classMap, float[] confidence, float[] probabilities)
        {
            Width = width;
            Height = height;
            ClassMap = classMap;
            Confidence = confidence;
            Probabilities = probabilities;
        }

        public int Width { get; }
        public int Height { get; }
        public int[] ClassMap { get; }
        public float[] Confidence { get; }
        public float[] Probabilities { get; }
    }

    public static class SegmentationPostProcessor
    {
        public static SegmentationResult Process(float[] logits, int classes, int height, int width)
        {
            int plane = height * width;
            var probabilities = new float[logits.Length];
            var classMap = new int[plane];
            var confidence = new float[plane];

            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    int pixel = y * width + x;

                    float max = float.NegativeInfinity;
                    for (int c = 0; c < classes; c++)
                    {
                        max = MathF.Max(max, logits[c * plane + pixel]);
                    }

                    float sum = 0f;
                    for (int c = 0; c < classes; c++)
                    {
                        float e = MathF.Exp(logits[c * plane + pixel] - max);
                        probabilities[c * plane + pixel] = e;
                        sum += e;
                    }

                    int best = 0;
                    for (int c = 0; c < classes; c++)
                    {
                        probabilities[c * plane + pixel] /= sum;
                        if (probabilities[c * plane + pixel] > probabilities[best * plane + pixel])
                        {
                            best = c;
                        }
                    }

                    classMap[pixel] = best;
                    confidence[pixel] = probabilities[best * plane + pixel];
                }
            }

            return new SegmentationResult(width, height, classMap, confidence, probabilities);
        }
    }
}

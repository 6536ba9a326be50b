// Idiom: per-pixel class softmax over a segmentation map, Parallel.For over the image rows
// Layout: flat float[] HWC (one image), row y at y * W * C, pixel at (y * W + x) * C
// Correct
using System;
using System.Threading.Tasks;

namespace HeldOut38.ParallelRows_PixelSoftmax;

public static class ParallelSegmentation
{
    public static float[] Softmax(float[] logits, int width, int height, int classes)
    {
        var probs = new float[logits.Length];
        Parallel.For(0, height, y =>
        {
            for (int x = 0; x < width; x++)
            {
                int baseIdx = (y * width + x) * classes;
                float max = logits[baseIdx];
                for (int c = 1; c < classes; c++)
                    max = Math.Max(max, logits[baseIdx + c]);

                float sum = 0f;
                for (int c = 0; c < classes; c++)
                {
                    float e = MathF.Exp(logits[baseIdx + c] - max);
                    probs[baseIdx + c] = e;
                    sum += e;
                }

                for (int c = 0; c < classes; c++)
                    probs[baseIdx + c] /= sum;
            }
        });

        return probs;
    }
}

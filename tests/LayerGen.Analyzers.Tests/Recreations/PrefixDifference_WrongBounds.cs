// Buggy twins of PrefixDifference_PixelSnapshot: the snapshot of the running total is taken in the wrong place, so the
// difference spans more than the pixel. Taken once before every pixel, it is the total of every pixel so far; taken
// once per image row, it adds up the pixels of the row, each shifted by its own maximum. No pixel sums to 1
// (LG0002 at the fold).
// Source: the review41 P14 shape with the snapshot moved out of the pixel loop, written anew.
// Layout: flat float[] at pixel * classes + c; float[,] rows of width * classes.
using System;

namespace Recreations.PrefixDifferenceWrongBounds;

public static class MisplacedSnapshot
{
    public static void SnapshotBeforeEveryPixel(float[] logits, int pixels, int classes, float[] probabilities)
    {
        float processed = 0f;
        float before = processed;
        for (int p = 0; p < pixels; p++)
        {
            float peak = float.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                peak = MathF.Max(peak, logits[p * classes + c]);
            }

            for (int c = 0; c < classes; c++)
            {
                probabilities[p * classes + c] = MathF.Exp(logits[p * classes + c] - peak);
                processed += probabilities[p * classes + c]; //~ LG0002
            }

            float own = processed - before;
            for (int c = 0; c < classes; c++)
            {
                probabilities[p * classes + c] /= own;
            }
        }
    }

    public static void SnapshotPerImageRow(float[,] logits, int width, int classes, float[,] probabilities)
    {
        int height = logits.GetLength(0);
        float processed = 0f;
        for (int h = 0; h < height; h++)
        {
            float before = processed;
            for (int x = 0; x < width; x++)
            {
                float peak = float.NegativeInfinity;
                for (int c = 0; c < classes; c++)
                {
                    peak = MathF.Max(peak, logits[h, x * classes + c]);
                }

                for (int c = 0; c < classes; c++)
                {
                    probabilities[h, x * classes + c] = MathF.Exp(logits[h, x * classes + c] - peak);
                    processed += probabilities[h, x * classes + c]; //~ LG0002
                }
            }

            float own = processed - before;
            for (int k = 0; k < width * classes; k++)
            {
                probabilities[h, k] /= own;
            }
        }
    }
}

// Correct twins of PrefixDifference_WrongBounds: one running total of exps across every pixel of a segmentation map,
// each pixel shifted by its own maximum over the classes, and each pixel divided by the difference of the running
// total after its classes and the snapshot taken where its walk began: that difference is the pixel's own sum.
// Source: review41 cases3 P14 (a running total kept for a progress statistic, the pixel's sum read back from it),
// written anew with other layouts and division spellings.
// Layout: flat float[] at pixel * classes + c; jagged double[][] per pixel walked by while loops; float[,] [pixel, class]
// with the reciprocal of the difference.
using System;

namespace Recreations.PrefixDifferencePixelSnapshot;

public static class RunningTotalSegmentation
{
    public static float Flat(float[] logits, int pixels, int classes, float[] probabilities)
    {
        float processed = 0f;
        for (int p = 0; p < pixels; p++)
        {
            int start = p * classes;
            float peak = float.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                peak = MathF.Max(peak, logits[start + c]);
            }

            float before = processed;
            for (int c = 0; c < classes; c++)
            {
                probabilities[start + c] = MathF.Exp(logits[start + c] - peak);
                processed += probabilities[start + c];
            }

            float own = processed - before;
            for (int c = 0; c < classes; c++)
            {
                probabilities[start + c] /= own;
            }
        }

        return processed;
    }

    public static void JaggedWhile(double[][] logits, double[][] probabilities)
    {
        double running = 0.0;
        int p = 0;
        while (p < logits.Length)
        {
            double peak = double.NegativeInfinity;
            int c = 0;
            while (c < logits[p].Length)
            {
                peak = Math.Max(peak, logits[p][c]);
                c++;
            }

            double mark = running;
            c = 0;
            while (c < logits[p].Length)
            {
                probabilities[p][c] = Math.Exp(logits[p][c] - peak);
                running += probabilities[p][c];
                c++;
            }

            c = 0;
            while (c < logits[p].Length)
            {
                probabilities[p][c] /= running - mark;
                c++;
            }

            p++;
        }
    }

    public static void Reciprocal(float[,] logits, float[,] probabilities)
    {
        int pixels = logits.GetLength(0);
        int classes = logits.GetLength(1);
        float total = 0f;
        for (int p = 0; p < pixels; p++)
        {
            float peak = float.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                peak = MathF.Max(peak, logits[p, c]);
            }

            float atStart = total;
            for (int c = 0; c < classes; c++)
            {
                probabilities[p, c] = MathF.Exp(logits[p, c] - peak);
                total += probabilities[p, c];
            }

            float inverse = 1f / (total - atStart);
            for (int c = 0; c < classes; c++)
            {
                probabilities[p, c] *= inverse;
            }
        }
    }
}

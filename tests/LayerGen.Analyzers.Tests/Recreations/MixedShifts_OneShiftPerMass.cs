// Source: Variant of a multi-glimpse spatial attention (Stacked Attention Networks, Yang et al. 2016) and of a
// chunked log-sum-exp (FlashAttention-style statistics merge); our own code.
// Layout: flat double[] [batch, glimpses, height · width] with plain offsets; a flat double[] of chunks.
// Correct: the mass is reset with the peak per plane; one peak over the whole image block (a softmax over the block,
// by design); per-chunk sums moved to the common peak before they are merged.
using System;

namespace Recreations.MixedShifts_OneShiftPerMass;

/// <summary>Normalisers whose summed exps all share one shift.</summary>
public static class OneShiftPerMass
{
    /// <summary>Each glimpse plane normalised on its own.</summary>
    public static void PerPlane(double[] scores, double[] maps, int batch, int glimpses, int area)
    {
        for (int n = 0; n < batch; n++)
        {
            for (int g = 0; g < glimpses; g++)
            {
                int origin = (n * glimpses + g) * area;
                double peak = double.MinValue;
                double mass = 0;
                for (int p = 0; p < area; p++)
                {
                    peak = Math.Max(peak, scores[origin + p]);
                }

                for (int p = 0; p < area; p++)
                {
                    maps[origin + p] = Math.Exp(scores[origin + p] - peak);
                    mass += maps[origin + p];
                }

                for (int p = 0; p < area; p++)
                {
                    maps[origin + p] /= mass;
                }
            }
        }
    }

    /// <summary>One softmax over every glimpse of an image: peak and mass over the same block.</summary>
    public static void PerImage(double[] scores, double[] maps, int batch, int glimpses, int area)
    {
        for (int n = 0; n < batch; n++)
        {
            int image = n * glimpses * area;
            double peak = double.MinValue;
            double mass = 0;
            for (int q = 0; q < glimpses * area; q++)
            {
                peak = Math.Max(peak, scores[image + q]);
            }

            for (int g = 0; g < glimpses; g++)
            {
                for (int p = 0; p < area; p++)
                {
                    double e = Math.Exp(scores[image + g * area + p] - peak);
                    maps[image + g * area + p] = e;
                    mass += e;
                }
            }

            for (int q = 0; q < glimpses * area; q++)
            {
                maps[image + q] /= mass;
            }
        }
    }

    /// <summary>A softmax over chunks whose statistics are merged at the common peak.</summary>
    public static void Merged(double[] x, double[] y, int chunks, int width)
    {
        double top = double.NegativeInfinity;
        double total = 0;
        for (int k = 0; k < chunks; k++)
        {
            double peak = double.NegativeInfinity;
            double part = 0;
            for (int j = 0; j < width; j++)
            {
                peak = Math.Max(peak, x[k * width + j]);
            }

            for (int j = 0; j < width; j++)
            {
                part += Math.Exp(x[k * width + j] - peak);
            }

            double merged = Math.Max(top, peak);
            total = total * Math.Exp(top - merged) + part * Math.Exp(peak - merged);
            top = merged;
        }

        for (int i = 0; i < chunks * width; i++)
        {
            y[i] = Math.Exp(x[i] - top) / total;
        }
    }
}

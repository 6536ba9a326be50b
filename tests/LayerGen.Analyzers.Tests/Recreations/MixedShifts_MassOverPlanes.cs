// Source: Variant of a multi-glimpse spatial attention (Stacked Attention Networks, Yang et al. 2016; our own code).
// Layout: flat float[] [batch, glimpses, height · width] with plain offsets; a jagged float[][] batch of rows.
// Bug (LG0002): every plane (row) is shifted by its own peak, but one mass is summed over all planes (rows) of the
// image (batch) and divides them all, in one flat loop: each plane sums to a fraction that depends on the peaks.
using System;

namespace Recreations.MixedShifts_MassOverPlanes;

/// <summary>Glimpse maps and row probabilities normalised with one mass over slices of different peaks.</summary>
public static class MixedShiftMass
{
    /// <summary>Normalises every glimpse plane of every image (wrongly, one mass per image).</summary>
    public static void Glimpses(float[] scores, float[] maps, int batch, int glimpses, int area)
    {
        for (int n = 0; n < batch; n++)
        {
            int image = n * glimpses * area;
            float mass = 0f;
            for (int g = 0; g < glimpses; g++)
            {
                float peak = float.NegativeInfinity;
                for (int p = 0; p < area; p++)
                {
                    peak = MathF.Max(peak, scores[image + g * area + p]);
                }

                for (int p = 0; p < area; p++)
                {
                    float e = MathF.Exp(scores[image + g * area + p] - peak);
                    maps[image + g * area + p] = e;
                    mass += e; //~ LG0002
                }
            }

            for (int q = 0; q < glimpses * area; q++)
            {
                maps[image + q] /= mass;
            }
        }
    }

    /// <summary>Row probabilities of a jagged batch (wrongly, one total over the batch).</summary>
    public static void Rows(double[][] logits, double[][] probabilities)
    {
        double total = 0;
        for (int r = 0; r < logits.Length; r++)
        {
            double peak = double.NegativeInfinity;
            foreach (double v in logits[r])
            {
                peak = Math.Max(peak, v);
            }

            for (int c = 0; c < logits[r].Length; c++)
            {
                probabilities[r][c] = Math.Exp(logits[r][c] - peak);
                total += probabilities[r][c]; //~ LG0002
            }
        }

        for (int r = 0; r < probabilities.Length; r++)
        {
            for (int c = 0; c < probabilities[r].Length; c++)
            {
                probabilities[r][c] /= total;
            }
        }
    }
}

// Idiom: softmax along the middle axis of [B, H, T] (over heads for each batch item and time step). Use: head weights
// per token. Layout: flat row-major double[B * H * T], a head's time steps contiguous.
// Bug (LG0004): the max is taken per (b, h) along the contiguous time axis (the inner loop), while the sum runs per
// (b, t) over the heads; each head is then shifted by its own peak: max over T, sum over H.
using System;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>Middle-axis softmax shifted by a peak over the wrong axis.</summary>
public static class MiddleAxisPeakOverTime
{
    /// <summary>Intended: y[b, h, t] = softmax over h of x[b, h, t].</summary>
    public static void Forward(double[] x, int batch, int heads, int time, double[] y)
    {
        double[] headPeak = new double[heads];
        for (int b = 0; b < batch; b++)
        {
            int bOffset = b * heads * time;
            for (int h = 0; h < heads; h++)
            {
                double m = double.NegativeInfinity;
                for (int t = 0; t < time; t++)
                {
                    m = Math.Max(m, x[bOffset + h * time + t]); //~ LG0004
                }

                headPeak[h] = m;
            }

            for (int t = 0; t < time; t++)
            {
                double sum = 0.0;
                for (int h = 0; h < heads; h++)
                {
                    int i = bOffset + h * time + t;
                    y[i] = Math.Exp(x[i] - headPeak[h]);
                    sum += y[i];
                }

                for (int h = 0; h < heads; h++)
                {
                    y[bOffset + h * time + t] /= sum;
                }
            }
        }
    }
}

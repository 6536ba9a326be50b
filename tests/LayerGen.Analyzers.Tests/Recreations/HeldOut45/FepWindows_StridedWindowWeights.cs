// Idiom: free-energy perturbation (Zwanzig exponential averaging) reweighting, weight of sample n in window w = exp(-beta dU) / sum over the window
// Layout: flat double[windows * samplesPerWindow], window w at offset w * samplesPerWindow, multiply by the reciprocal
// Correct
using System;

namespace HeldOut45.FepWindows_StridedWindowWeights;

public static class FepReweighting
{
    public static double[] WindowWeights(double[] deltaU, int windows, int samplesPerWindow, double beta)
    {
        var weights = new double[deltaU.Length];
        for (int w = 0; w < windows; w++)
        {
            int offset = w * samplesPerWindow;
            double duMin = deltaU[offset];
            for (int n = 1; n < samplesPerWindow; n++)
                duMin = Math.Min(duMin, deltaU[offset + n]);

            double sum = 0;
            for (int n = 0; n < samplesPerWindow; n++)
            {
                double x = Math.Exp(-beta * (deltaU[offset + n] - duMin));
                weights[offset + n] = x;
                sum += x;
            }

            double inv = 1.0 / sum;
            for (int n = 0; n < samplesPerWindow; n++)
                weights[offset + n] *= inv;
        }

        return weights;
    }
}

// Source: monotonic chunkwise attention, test-time chunk step (Chiu & Raffel 2018; craffel/mocha), written with
// while loops over the chunk.
// Layout: double[outputSteps, encoderSteps] energies, int[] endpoints, window w; the chunk's peak is per step, the
// running sum is declared above the step loop.
// Bug LG0002: the sum is never reset per output step, so step i divides by every earlier chunk's mass too.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class MoChA_SumAcrossSteps
{
    public static double[,] Weights(double[,] energies, int[] endpoints, int window)
    {
        int steps = energies.GetLength(0);
        var beta = new double[steps, energies.GetLength(1)];
        double sum = 0;
        int i = 0;
        while (i < steps)
        {
            int end = endpoints[i];
            int j = Math.Max(0, end - window + 1);
            int start = j;
            double peak = energies[i, j];
            while (++j <= end)
                if (energies[i, j] > peak) peak = energies[i, j];
            j = start;
            while (j <= end)
            {
                beta[i, j] = Math.Exp(energies[i, j] - peak);
                sum += beta[i, j]; //~ LG0002
                j++;
            }
            for (j = start; j <= end; j++)
                beta[i, j] /= sum;
            i++;
        }
        return beta;
    }
}

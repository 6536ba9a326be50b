// Source: monotonic chunkwise attention, test-time chunk step (Chiu & Raffel 2018, "Monotonic Chunkwise
// Attention"; craffel/mocha): at output step i with selected endpoint t_i, softmax of u[i, t_i - w + 1 .. t_i].
// Layout: double[outputSteps, encoderSteps] energies, int[] endpoints, window w clipped at the input start; the
// chunk's peak and sum run over the same window; weights outside the chunk stay 0.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class MoChA_ChunkAttention
{
    public static double[,] Weights(double[,] energies, int[] endpoints, int window)
    {
        int steps = energies.GetLength(0);
        var beta = new double[steps, energies.GetLength(1)];
        for (int i = 0; i < steps; i++)
        {
            int end = endpoints[i];
            int start = Math.Max(0, end - window + 1);
            double peak = double.NegativeInfinity;
            for (int j = start; j <= end; j++)
                peak = Math.Max(peak, energies[i, j]);
            double sum = 0;
            for (int j = start; j <= end; j++)
                sum += beta[i, j] = Math.Exp(energies[i, j] - peak);
            for (int j = start; j <= end; j++)
                beta[i, j] /= sum;
        }
        return beta;
    }
}

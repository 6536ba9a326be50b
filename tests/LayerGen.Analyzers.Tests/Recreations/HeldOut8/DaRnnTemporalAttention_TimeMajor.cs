// Source: DA-RNN temporal attention (Qin et al. 2017, dual-stage attention RNN for time-series prediction: beta_t =
// softmax over the encoder time steps for each sequence), re-created.
// Layout: double[timeSteps, batch] energies stored time-major (as an RNN unrolls), softmax down each batch column;
// do/while loops with the column max kept in a local.
// Correct: one max and one sum per batch column.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class DaRnnTemporalAttention_TimeMajor
{
    public static double[,] Beta(double[,] energy)
    {
        int steps = energy.GetLength(0), batch = energy.GetLength(1);
        var beta = new double[steps, batch];
        int b = 0;
        do
        {
            double peak = energy[0, b];
            int t = 1;
            while (t < steps)
            {
                peak = Math.Max(peak, energy[t, b]);
                t++;
            }

            double z = 0;
            t = 0;
            do
            {
                beta[t, b] = Math.Exp(energy[t, b] - peak);
                z += beta[t, b];
                t++;
            } while (t < steps);

            for (t = 0; t < steps; t++) beta[t, b] /= z;
            b++;
        } while (b < batch);
        return beta;
    }
}

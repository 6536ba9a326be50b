// Idiom: reweighting one set of sampled configurations to several thermodynamic states (MBAR/WHAM style): the log
// weight of sample i in state t is f_t - beta_t u_i (free-energy estimate f_t, reduced potential), normalised over the
// samples for each state; the maximum log weight of each state is taken before exp.
// Use: expectation values at unsampled temperatures.
// Layout: double[] u (samples), double[] beta and f (states), double[state, sample] weights.
// Correct.
// Our own code.
using System;

namespace HeldOut93.TemperatureReweighting_PerTemperatureShift;

public static class Reweighting
{
    public static double[,] Weights(double[] u, double[] beta, double[] f)
    {
        int states = beta.Length, samples = u.Length;
        var w = new double[states, samples];
        for (int t = 0; t < states; t++)
        {
            double top = double.NegativeInfinity;
            for (int i = 0; i < samples; i++)
            {
                double lw = f[t] - beta[t] * u[i];
                w[t, i] = lw;
                if (lw > top) top = lw;
            }

            double norm = 0;
            for (int i = 0; i < samples; i++)
            {
                w[t, i] = Math.Exp(w[t, i] - top);
                norm += w[t, i];
            }

            for (int i = 0; i < samples; i++) w[t, i] /= norm;
        }

        return w;
    }
}

// Idiom: mixed logit by simulation, logit probabilities per draw and person, averaged over the draws afterwards
// Layout: flat draw-major buffer u[(r * persons + n) * alternatives + j] of simulated utilities, strides by hand
// Correct
using System;

namespace HeldOut43.MixedLogit_SimulatedAverage;

public static class MixedLogitSimulator
{
    public static double[] SimulatedProbabilities(double[] u, int draws, int persons, int alts)
    {
        var avg = new double[persons * alts];
        var e = new double[alts];
        for (int r = 0; r < draws; r++)
        {
            for (int n = 0; n < persons; n++)
            {
                int off = (r * persons + n) * alts;
                double m = u[off];
                for (int j = 1; j < alts; j++)
                    if (u[off + j] > m) m = u[off + j];

                double s = 0.0;
                for (int j = 0; j < alts; j++)
                {
                    e[j] = Math.Exp(u[off + j] - m);
                    s += e[j];
                }

                for (int j = 0; j < alts; j++)
                    avg[n * alts + j] += e[j] / s / draws;
            }
        }

        return avg;
    }
}

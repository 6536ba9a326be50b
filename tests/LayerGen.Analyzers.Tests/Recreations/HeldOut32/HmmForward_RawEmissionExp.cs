// HMM forward filter with scaling coefficients c_t (Rabiner 1989), emissions given as log-likelihoods.
// Layout: flat row-major double[steps · states] log-emissions, jagged double[][] transitions, flat alpha.
// Bug (LG0003): the log-emissions are exponentiated without subtracting the step's maximum; a step whose log-likelihoods
// are all around -800 (a long observation vector) gives 0/0, one around +800 overflows.
using System;

namespace HeldOut32;

/// <summary>Scaled forward pass over a flat emission table.</summary>
public static class HmmFlatForward
{
    /// <summary>Returns alpha[t · states + s], each step normalised by its scaling coefficient.</summary>
    public static double[] Filter(double[] logEmission, int states, double[][] transition, double[] initial)
    {
        int steps = logEmission.Length / states;
        var alpha = new double[steps * states];
        var predicted = (double[])initial.Clone();
        for (int t = 0; t < steps; t++)
        {
            if (t > 0)
            {
                for (int s = 0; s < states; s++)
                {
                    double acc = 0;
                    for (int p = 0; p < states; p++)
                    {
                        acc += alpha[(t - 1) * states + p] * transition[p][s];
                    }

                    predicted[s] = acc;
                }
            }

            double scale = 0;
            for (int s = 0; s < states; s++)
            {
                double v = predicted[s] * Math.Exp(logEmission[t * states + s]); //~ LG0003
                alpha[t * states + s] = v;
                scale += v;
            }

            for (int s = 0; s < states; s++)
            {
                alpha[t * states + s] /= scale;
            }
        }

        return alpha;
    }
}

// Re-creates the shape of the scaled HMM forward pass (Rabiner 1989, section V.A; hmmlearn's `_forward` with
// per-step scaling rather than log-space): alpha_t(j) = c_t^-1 * (sum_i alpha_{t-1}(i) a_ij) * b_j(o_t), where the
// emission b_j(o_t) = exp(log b_j(o_t)) comes from a Gaussian log-density and c_t normalises each step.
// Layout: double[T, N] log emissions, double[N, N] transitions, double[T, N] scaled alphas.
// Bug (LG0003): the emission densities are exponentiated raw, so a frame whose log-densities are all below about
// -745 gives c_t = 0 and 0 / 0 (the reason the log-space or shifted form exists).
using System;

namespace HeldOut11;

public static class ScaledHmm_RawEmissionExp
{
    public static double[] Forward(double[,] logEmission, double[,] transition, double[] initial, double[,] alpha)
    {
        int steps = logEmission.GetLength(0);
        int states = logEmission.GetLength(1);
        var scale = new double[steps];
        for (int t = 0; t < steps; t++)
        {
            double c = 0.0;
            for (int j = 0; j < states; j++)
            {
                double predicted = 0.0;
                if (t == 0)
                    predicted = initial[j];
                else
                    for (int i = 0; i < states; i++)
                        predicted += alpha[t - 1, i] * transition[i, j];
                alpha[t, j] = predicted * Math.Exp(logEmission[t, j]); //~ LG0003
                c += alpha[t, j];
            }
            for (int j = 0; j < states; j++)
                alpha[t, j] /= c;
            scale[t] = c;
        }
        return scale;
    }
}

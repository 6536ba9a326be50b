// Re-creates the shape of the scaled HMM forward pass (Rabiner 1989, section V.A; hmmlearn's `_forward` with
// per-step scaling rather than log-space): alpha_t(j) = c_t^-1 * (sum_i alpha_{t-1}(i) a_ij) * b_j(o_t), where the
// emission b_j(o_t) = exp(log b_j(o_t)) comes from a Gaussian log-density and c_t normalises each step.
// Layout: double[T, N] log emissions, double[N, N] transitions, double[T, N] scaled alphas; the emission exps are
// shifted by the step's largest log emission before the prediction multiplies them.
// Correct: the max and the scale factor c_t run over the states of one time step (a weighted softmax per step).
using System;

namespace HeldOut11;

public static class ScaledHmm_ForwardPerStep
{
    public static double[] Forward(double[,] logEmission, double[,] transition, double[] initial, double[,] alpha)
    {
        int steps = logEmission.GetLength(0);
        int states = logEmission.GetLength(1);
        var scale = new double[steps];
        for (int t = 0; t < steps; t++)
        {
            double top = double.NegativeInfinity;
            for (int j = 0; j < states; j++)
                top = Math.Max(top, logEmission[t, j]);
            double c = 0.0;
            for (int j = 0; j < states; j++)
            {
                double predicted = 0.0;
                if (t == 0)
                    predicted = initial[j];
                else
                    for (int i = 0; i < states; i++)
                        predicted += alpha[t - 1, i] * transition[i, j];
                alpha[t, j] = predicted * Math.Exp(logEmission[t, j] - top);
                c += alpha[t, j];
            }
            for (int j = 0; j < states; j++)
                alpha[t, j] /= c;
            scale[t] = c;
        }
        return scale;
    }
}

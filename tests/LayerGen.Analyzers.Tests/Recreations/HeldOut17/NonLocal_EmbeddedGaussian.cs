// Source: non-local neural networks, embedded-Gaussian block (Wang et al. 2018; facebookresearch/video-nonlocal-net,
//   AlexHex7/Non-local_pytorch `_NonLocalBlockND`): f(i, j) = theta_i · phi_j over all positions, softmax over j,
//   y_i = sum_j f(i, j) g_j.
// Layout: channel-first double[C', N] theta, phi and g (N = H · W positions); the affinity double[N, N] is built
//   in place (scores, then exps, then probabilities); y is channel-first [C', N].
// Correct.
using System;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>Embedded-Gaussian non-local block (without the output projection).</summary>
public static class NonLocalBlock
{
    /// <summary>Returns y [C', N] and the affinity [N, N].</summary>
    public static double[,] Forward(double[,] theta, double[,] phi, double[,] g, out double[,] affinity)
    {
        int channels = theta.GetLength(0);
        int n = theta.GetLength(1);
        var f = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double s = 0.0;
                for (int c = 0; c < channels; c++)
                {
                    s += theta[c, i] * phi[c, j];
                }

                f[i, j] = s;
            }
        }

        for (int i = 0; i < n; i++)
        {
            double peak = double.MinValue;
            for (int j = 0; j < n; j++)
            {
                peak = Math.Max(peak, f[i, j]);
            }

            double z = 0.0;
            for (int j = 0; j < n; j++)
            {
                f[i, j] = Math.Exp(f[i, j] - peak);
                z += f[i, j];
            }

            for (int j = 0; j < n; j++)
            {
                f[i, j] /= z;
            }
        }

        int gc = g.GetLength(0);
        var y = new double[gc, n];
        for (int c = 0; c < gc; c++)
        {
            for (int i = 0; i < n; i++)
            {
                double acc = 0.0;
                for (int j = 0; j < n; j++)
                {
                    acc += f[i, j] * g[c, j];
                }

                y[c, i] = acc;
            }
        }

        affinity = f;
        return y;
    }
}

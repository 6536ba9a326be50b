// Multinomial logistic regression fitted by batch gradient descent: class probabilities for a design matrix X·W.
// Layout: X double[n, d], W double[d, K], probabilities in a flat column-major double[K · n] (R's matrix storage, p[c·n + i]).
// Correct: each observation's maximum over the classes and its own sum (the logits are computed inline).
using System;

namespace HeldOut32;

/// <summary>Softmax regression with probabilities stored column-major.</summary>
public static class SoftmaxRegressionColumnMajor
{
    /// <summary>p[c · n + i] = P(y_i = c | x_i).</summary>
    public static double[] Probabilities(double[,] x, double[,] w)
    {
        int n = x.GetLength(0), d = x.GetLength(1), k = w.GetLength(1);
        var p = new double[k * n];
        for (int i = 0; i < n; i++)
        {
            double zMax = double.NegativeInfinity;
            for (int c = 0; c < k; c++)
            {
                double z = 0;
                for (int j = 0; j < d; j++)
                {
                    z += x[i, j] * w[j, c];
                }

                p[c * n + i] = z;
                zMax = Math.Max(zMax, z);
            }

            double s = 0;
            for (int c = 0; c < k; c++)
            {
                double e = Math.Exp(p[c * n + i] - zMax);
                p[c * n + i] = e;
                s += e;
            }

            for (int c = 0; c < k; c++)
            {
                p[c * n + i] /= s;
            }
        }

        return p;
    }

    /// <summary>One step W -= rate · Xᵀ(P − Y) / n.</summary>
    public static void GradientStep(double[,] x, int[] y, double[,] w, double rate)
    {
        int n = x.GetLength(0), d = x.GetLength(1), k = w.GetLength(1);
        double[] p = Probabilities(x, w);
        for (int j = 0; j < d; j++)
        {
            for (int c = 0; c < k; c++)
            {
                double g = 0;
                for (int i = 0; i < n; i++)
                {
                    g += x[i, j] * (p[c * n + i] - (y[i] == c ? 1.0 : 0.0));
                }

                w[j, c] -= rate * g / n;
            }
        }
    }
}

// Multinomial logit fitted values (IRLS-style port): mu_ic = exp(x_i·beta_c) / Σ_c' exp(x_i·beta_c').
// Layout: design rows double[n][d], coefficients double[K][d], fitted values in a flat row-major double[n · K].
// Bug (LG0002): after per-row shifted exps, one normaliser is summed over the whole fitted matrix in a separate flat pass,
// so each row sums to about 1/n instead of 1.
using System;

namespace HeldOut32;

/// <summary>Fitted class probabilities of a multinomial logit.</summary>
public static class MultinomialLogitFitted
{
    /// <summary>mu[i · K + c] (meant to be P(y_i = c)).</summary>
    public static double[] Fitted(double[][] x, double[][] beta)
    {
        int n = x.Length, k = beta.Length;
        var mu = new double[n * k];
        for (int i = 0; i < n; i++)
        {
            double m = double.NegativeInfinity;
            for (int c = 0; c < k; c++)
            {
                mu[i * k + c] = Dot(x[i], beta[c]);
                if (mu[i * k + c] > m) m = mu[i * k + c];
            }

            for (int c = 0; c < k; c++)
            {
                mu[i * k + c] = Math.Exp(mu[i * k + c] - m);
            }
        }

        double total = 0;
        for (int j = 0; j < n * k; j++)
        {
            total += mu[j]; //~ LG0002
        }

        for (int j = 0; j < n * k; j++)
        {
            mu[j] /= total;
        }

        return mu;
    }

    private static double Dot(double[] a, double[] b)
    {
        double s = 0;
        for (int j = 0; j < a.Length; j++)
        {
            s += a[j] * b[j];
        }

        return s;
    }
}

// 1.5-entmax (Peters, Niculae & Martins 2019), exact sort-based algorithm: z = x / 2 shifted by its max, sorted
// descending (insertion-free bubble sort into a stackalloc copy), running mean and mean of squares, tau_k =
// mean_k - sqrt(max(delta_k, 0)), the last k with tau_k <= z_(k) gives tau, p = max(z - tau, 0)^2.
// Re-creates: the `_entmax_threshold_and_support` of the entmax package (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(6)]
public partial class Entmax15ExactSort
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const int n = 6;
        double max = x[0];
        for (int i = 1; i < n; i++)
            if (x[i] > max) max = x[i];

        Span<double> z = stackalloc double[n];
        for (int i = 0; i < n; i++) z[i] = (x[i] - max) / 2;

        Span<double> sorted = stackalloc double[n];
        z.CopyTo(sorted);
        for (int a = 0; a < n - 1; a++)
            for (int b = 0; b < n - 1 - a; b++)
                if (sorted[b] < sorted[b + 1])
                {
                    double t = sorted[b];
                    sorted[b] = sorted[b + 1];
                    sorted[b + 1] = t;
                }

        double cum = 0, cumSq = 0, tau = 0;
        for (int k = 1; k <= n; k++)
        {
            cum += sorted[k - 1];
            cumSq += sorted[k - 1] * sorted[k - 1];
            double mean = cum / k;
            double meanSq = cumSq / k;
            double ss = k * (meanSq - mean * mean);
            double delta = (1 - ss) / k;
            double tauK = mean - Math.Sqrt(Math.Max(delta, 0));
            if (tauK <= sorted[k - 1]) tau = tauK;
        }

        for (int i = 0; i < n; i++)
        {
            double p = Math.Max(z[i] - tau, 0);
            y[i] = p * p;
        }
    }
}

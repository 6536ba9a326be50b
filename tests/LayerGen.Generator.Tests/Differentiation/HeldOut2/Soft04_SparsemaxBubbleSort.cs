// Sparsemax (Martins & Astudillo 2016) written like the NumPy reference: sort descending (a bubble sort into a
// stackalloc copy, since Span.Sort is not differentiable), running cumsum, support size k, tau, max(x - tau, 0).
// Re-creates: the `spmax` NumPy function (sort, cumsum, 1 + k z_k > cumsum) of the sparsemax papers' code (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(8)]
public partial class SparsemaxBubbleSort
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const int n = 8;
        Span<double> z = stackalloc double[n];
        for (int i = 0; i < n; i++) z[i] = x[i];

        // descending bubble sort
        for (int pass = 0; pass < n - 1; pass++)
        {
            for (int j = 0; j < n - 1 - pass; j++)
            {
                if (z[j] < z[j + 1])
                {
                    double tmp = z[j];
                    z[j] = z[j + 1];
                    z[j + 1] = tmp;
                }
            }
        }

        double cumsum = 0;
        double tauSum = 0;
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            cumsum += z[i];
            if (1 + (i + 1) * z[i] > cumsum)
            {
                k = i + 1;
                tauSum = cumsum;
            }
        }
        double tau = (tauSum - 1) / k;

        for (int i = 0; i < n; i++)
            y[i] = Math.Max(x[i] - tau, 0);
    }
}


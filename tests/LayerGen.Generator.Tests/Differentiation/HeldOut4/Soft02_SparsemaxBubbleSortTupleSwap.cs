// Sparsemax (Martins & Astudillo 2016) as the paper's reference NumPy computes it: sort descending, the support size is
// the largest k with 1 + k·z₍k₎ > Σ_{j≤k} z₍j₎, τ = (Σ_{j≤k} z₍j₎ − 1)/k, y = max(x − τ, 0); the sort a bubble sort of a
// stackalloc copy with tuple swaps, τ assigned under an `if` in the scan. Equal entries enter or leave the support
// together, so ties keep a derivative.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(8)]
public partial class SparsemaxBubbleSortTupleSwap
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const int N = 8;
        Span<double> z = stackalloc double[N];
        for (int i = 0; i < N; i++)
            z[i] = x[i];
        for (int pass = 0; pass < N - 1; pass++)
        {
            for (int j = 0; j < N - 1 - pass; j++)
            {
                if (z[j] < z[j + 1])
                    (z[j], z[j + 1]) = (z[j + 1], z[j]);
            }
        }
        double cumulative = 0, tau = 0;
        for (int k = 1; k <= N; k++)
        {
            cumulative += z[k - 1];
            if (1 + k * z[k - 1] > cumulative)
                tau = (cumulative - 1) / k;
        }
        for (int i = 0; i < N; i++)
            y[i] = Math.Max(x[i] - tau, 0);
    }
}

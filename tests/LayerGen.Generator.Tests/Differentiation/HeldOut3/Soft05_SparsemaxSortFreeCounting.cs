// expect: gradient
// rows: no-ties
// Sparsemax (Martins & Astudillo 2016) without a sort: element i is in the support when 1 + k_i x_i > s_i, where k_i
// counts and s_i sums the entries ≥ x_i (the sorted-cumsum test of the reference code, O(n²)); τ = (Σ_support x - 1)
// / |support|, y = max(x - τ, 0). Integer counters incremented under data comparisons, used as numbers, not indices.
// Sparsemax is piecewise linear, so a gradient is what a user expects. no-ties: the support is a comparison of values.
// Our own code.
using System;
using LayerGen;

[DifferentiableLayer(6)]
partial class SparsemaxCounting
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int n = x.Length;
        int support = 0;
        double supportSum = 0;
        for (int i = 0; i < n; i++)
        {
            int k = 0;
            double s = 0;
            for (int j = 0; j < n; j++)
            {
                if (x[j] >= x[i])
                {
                    k++;
                    s += x[j];
                }
            }
            if (1.0 + k * x[i] > s)
            {
                support++;
                supportSum += x[i];
            }
        }
        double tau = (supportSum - 1.0) / support;
        for (int i = 0; i < n; i++) y[i] = Math.Max(x[i] - tau, 0.0);
    }
}

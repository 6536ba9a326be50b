// Sparsemax (Martins & Astudillo 2016) without sorting: entry i is in the support when 1 + k_i z_i > Σ_{z_j ≥ z_i} z_j,
// with k_i = #{j : z_j ≥ z_i}; τ = (Σ_support z − 1) / |support|; y = max(z − τ, 0). Counts are doubles. O(n²).
// Piecewise linear: ties only at the chosen 4s of the tie row, which enter or leave the support together.
// Re-creates: none; the closed form of the paper, written with loops and ifs only.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(6)]
public partial class SparsemaxQuadratic
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double supportSize = 0, supportSum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double k = 0, s = 0;
            for (int j = 0; j < x.Length; j++)
            {
                if (x[j] >= x[i])
                {
                    k += 1;
                    s += x[j];
                }
            }
            if (1 + k * x[i] > s)
            {
                supportSize += 1;
                supportSum += x[i];
            }
        }
        double tau = (supportSum - 1) / supportSize;
        for (int i = 0; i < x.Length; i++) y[i] = Math.Max(x[i] - tau, 0);
    }
}

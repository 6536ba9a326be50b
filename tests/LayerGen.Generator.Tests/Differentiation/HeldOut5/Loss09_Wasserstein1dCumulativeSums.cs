// 1-D Wasserstein-1 distance between two histograms on the same unit-spaced support, as scipy.stats
// wasserstein_distance computes it: softmax each half into a distribution, then sum |CDF_p − CDF_q| over the
// n − 1 gaps. Running sums are kept in stackalloc buffers.
// rows: no-ties
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(12, 1)]
public partial class Wasserstein1dCumulativeSums
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const int n = 6;
        Span<double> p = stackalloc double[n];
        Span<double> q = stackalloc double[n];
        double maxP = double.NegativeInfinity, maxQ = double.NegativeInfinity;
        for (int i = 0; i < n; i++)
        {
            maxP = Math.Max(maxP, x[i]);
            maxQ = Math.Max(maxQ, x[n + i]);
        }
        double sp = 0, sq = 0;
        for (int i = 0; i < n; i++)
        {
            p[i] = Math.Exp(x[i] - maxP);
            q[i] = Math.Exp(x[n + i] - maxQ);
            sp += p[i];
            sq += q[i];
        }
        double cdfP = 0, cdfQ = 0, distance = 0;
        for (int i = 0; i < n - 1; i++)
        {
            cdfP += p[i] / sp;
            cdfQ += q[i] / sq;
            distance += Math.Abs(cdfP - cdfQ);
        }
        y[0] = distance;
    }
}

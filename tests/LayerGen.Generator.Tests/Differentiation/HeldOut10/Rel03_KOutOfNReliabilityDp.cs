// expect: gradient
// Reliability: a k-out-of-n:G system with non-identical components, P(at least k of n work), by the Poisson-binomial
// dynamic programme (Barlow & Heidtmann) over a stackalloc table updated in place counting down, as a reliability
// script writes it. Component reliabilities are σ(x); outputs P(≥ k) for k = 1..n.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(6)]
public partial class KOutOfNReliabilityDp
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int n = x.Length;
        Span<double> working = stackalloc double[7];     // working[j] = P(exactly j of the first i work)
        working.Clear();
        working[0] = 1.0;
        for (int i = 0; i < n; i++)
        {
            double r = 1.0 / (1.0 + Math.Exp(-x[i]));
            for (int j = i + 1; j >= 1; j--)
                working[j] = working[j] * (1.0 - r) + working[j - 1] * r;
            working[0] *= 1.0 - r;
        }
        double tail = 0.0;
        for (int k = n; k >= 1; k--)
        {
            tail += working[k];
            y[k - 1] = tail;
        }
    }
}

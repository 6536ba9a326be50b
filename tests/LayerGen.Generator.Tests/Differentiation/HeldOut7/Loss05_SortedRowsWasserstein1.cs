// The 1-D Wasserstein-1 distance between two empirical distributions of six samples each (the row halves): sort
// copies of both halves (a bubble sort with tuple swaps, as a port of a small-n sort), then the mean absolute gap
// between the order statistics. Shape of scipy.stats.wasserstein_distance for equal sample counts, from memory.
// A user expects the gradient (sorting permutes it; the absolute value has its kink where two order statistics meet).
// expect: gradient
// rows: no-ties
// no-ties: the tied row puts 4 in both halves, where it is the largest value of each (σ = 1 Gaussian), so the two
// maxima meet on the |a − b| kink.
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(12, 1)]
public partial class SortedRowsWasserstein1
{
    const int N = 6;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        Span<double> a = stackalloc double[N];
        Span<double> b = stackalloc double[N];
        x[..N].CopyTo(a);
        x[N..].CopyTo(b);

        for (int pass = 0; pass < N - 1; pass++)
        {
            for (int j = 0; j < N - 1 - pass; j++)
            {
                if (a[j] > a[j + 1]) (a[j], a[j + 1]) = (a[j + 1], a[j]);
                if (b[j] > b[j + 1]) (b[j], b[j + 1]) = (b[j + 1], b[j]);
            }
        }

        double total = 0;
        for (int i = 0; i < N; i++) total += Math.Abs(a[i] - b[i]);
        y[0] = total / N;
    }
}

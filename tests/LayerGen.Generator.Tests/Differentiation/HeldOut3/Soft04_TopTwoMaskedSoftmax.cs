// expect: gradient
// rows: no-ties
// Top-2 routing without a sort (as in mixture-of-experts gates, torch.topk(k=2) then softmax over the two): find the
// largest and the second largest index in two passes, softmax over those two, zeros elsewhere. no-ties: which entries
// are kept is a comparison of values. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class TopTwoSoftmax
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int first = 0;
        for (int i = 1; i < x.Length; i++)
            if (x[i] > x[first]) first = i;
        int second = first == 0 ? 1 : 0;
        for (int i = 0; i < x.Length; i++)
            if (i != first && x[i] > x[second]) second = i;

        for (int i = 0; i < y.Length; i++) y[i] = 0.0;
        double e = Math.Exp(x[second] - x[first]);
        y[first] = 1.0 / (1.0 + e);
        y[second] = e / (1.0 + e);
    }
}

// 1-D max pooling (kernel 4, stride 3) written with do/while loops, the way a port of a C max-pool kernel reads:
// the window maximum starts at the first element and is updated by comparison.
// rows: no-ties
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(13, 4)]
public partial class MaxPoolDoWhileWindows
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const int kernel = 4, stride = 3;
        int window = 0;
        do
        {
            int start = window * stride;
            double best = x[start];
            int k = 1;
            do
            {
                if (x[start + k] > best) best = x[start + k];
                k++;
            } while (k < kernel);
            y[window] = best;
            window++;
        } while (window < y.Length);
    }
}

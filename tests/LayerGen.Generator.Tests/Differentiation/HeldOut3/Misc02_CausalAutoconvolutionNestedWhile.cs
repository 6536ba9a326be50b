// expect: gradient
// Causal self-convolution y[i] = Σ_{j≤i} x[j] · x[i - j] (the square of a power series truncated to the row, as in
// numpy.convolve(x, x)[:n]), written with nested counting while loops whose inner bound is the outer counter.
// Our own code.
using System;
using LayerGen;

[DifferentiableLayer(6)]
partial class CausalAutoconvolution
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int i = 0;
        while (i < x.Length)
        {
            double acc = 0.0;
            int j = 0;
            while (j <= i)
            {
                acc += x[j] * x[i - j];
                j++;
            }
            y[i] = acc;
            i++;
        }
    }
}

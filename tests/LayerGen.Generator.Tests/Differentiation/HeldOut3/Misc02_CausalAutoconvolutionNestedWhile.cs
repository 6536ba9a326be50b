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
// known gap: a counting while nested inside a loop body is rejected (LG1110) whatever its bound: throw-away probes with 'while (j < 3)' inside a for and 'while (j < i + 1)' inside a for or a while are rejected too, while a top-level counting while (bound a local) and a nested for with bound i + 1 or <= i pass.
// gap: rejected LG1110@18

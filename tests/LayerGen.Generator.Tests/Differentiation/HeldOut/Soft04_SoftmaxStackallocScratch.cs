// Softmax that keeps the exponentials in a local `Span<double> e = stackalloc double[x.Length]` before dividing.
// Re-creates: none; the common "scratch buffer then normalise" port.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(7)]
public partial class SoftmaxStackallocScratch
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        Span<double> e = stackalloc double[x.Length];
        double max = double.MinValue;
        for (int i = 0; i < x.Length; i++) max = Math.Max(max, x[i]);
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            e[i] = Math.Exp(x[i] - max);
            sum += e[i];
        }
        for (int i = 0; i < x.Length; i++) y[i] = e[i] / sum;
    }
}

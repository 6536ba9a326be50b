// expect: error
// A softmax that keeps its exponentials in a static scratch array to "avoid allocations" (a pattern from hand-written
// C# NN code): ForwardRow writes to a field. Expected: an LG11xx error at the write into the field. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class SoftmaxStaticScratch
{
    static readonly double[] Scratch = new double[8];

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double max = double.MinValue;
        for (int i = 0; i < x.Length; i++) max = Math.Max(max, x[i]);
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            Scratch[i] = Math.Exp(x[i] - max); //~ LG11
            sum += Scratch[i];
        }
        for (int i = 0; i < x.Length; i++) y[i] = Scratch[i] / sum;
    }
}

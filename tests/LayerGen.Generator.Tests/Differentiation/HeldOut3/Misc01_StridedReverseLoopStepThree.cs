// expect: gradient
// A reverse loop with stride 3 over a row of 9 (3 triples, last first, as a port of NumPy's x[::-3] slicing writes it):
// each triple (a, b, c) becomes (a·c, b, b - c), indices i, i - 1, i - 2 from i = 8 stepping i -= 3. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(9)]
partial class StridedReverseTriples
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = x.Length - 1; i >= 2; i -= 3)
        {
            double c = x[i], b = x[i - 1], a = x[i - 2];
            y[i] = b - c;
            y[i - 1] = b;
            y[i - 2] = a * c;
        }
    }
}

// NeRF's positional encoding γ(p) = (p, sin(2⁰πp), cos(2⁰πp), …, sin(2^{L−1}πp), cos(2^{L−1}πp)) for a 3-D point,
// L = 4, frequencies by an integer shift as in the reference get_embedder (include_input = True).
// At ±1000 the check's step (1e-5·|v| = 0.01) is a quarter of a radian of sin(8π v): no difference quotient
// can follow the forward there, so the large row is left out (the forward itself is finite).
// rows: no-large
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(3, 27)]
public partial class NerfPositionalEncodingShift
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const int levels = 4;
        int o = 0;
        for (int d = 0; d < 3; d++) y[o++] = x[d];
        for (int k = 0; k < levels; k++)
        {
            double frequency = Math.PI * (1 << k);
            for (int d = 0; d < 3; d++)
            {
                y[o++] = Math.Sin(frequency * x[d]);
                y[o++] = Math.Cos(frequency * x[d]);
            }
        }
    }
}

// Adds a sinusoidal positional encoding that depends on the index (integer division i / 2 and a double Pow of it).
// Re-creates: the Transformer positional encoding `pe[2k] = sin(pos / 10000^(2k/d))`, `pe[2k+1] = cos(...)`, pos = 3.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class PositionalEncodingAdd
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const double Position = 3;
        for (int i = 0; i < x.Length; i++)
        {
            double angle = Position / Math.Pow(10000, 2.0 * (i / 2) / x.Length);
            y[i] = x[i] * Math.Sqrt(x.Length) + (i % 2 == 0 ? Math.Sin(angle) : Math.Cos(angle));
        }
    }
}

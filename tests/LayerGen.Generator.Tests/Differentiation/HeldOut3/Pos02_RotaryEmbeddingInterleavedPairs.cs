// expect: gradient
// Rotary position embedding (RoFormer, Su et al.; GPT-J's interleaved form): each pair (x[2k], x[2k+1]) rotated by
// the angle position · base^(-2k/d), for a token at a fixed position. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class RotaryPairs
{
    const double Base = 10000.0;
    const double Position = 3.0;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int d = x.Length;
        for (int k = 0; k < d / 2; k++)
        {
            double theta = Position * Math.Pow(Base, -2.0 * k / d);
            double cos = Math.Cos(theta), sin = Math.Sin(theta);
            double a = x[2 * k];
            double b = x[2 * k + 1];
            y[2 * k] = a * cos - b * sin;
            y[2 * k + 1] = a * sin + b * cos;
        }
    }
}

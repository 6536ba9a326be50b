// Legendre features P₀…P₃ of t = tanh(x) for each of 4 inputs (numpy.polynomial.legendre.legvander on a squashed input):
// Bonnet's recurrence (n + 1)·P_{n+1} = (2n + 1)·t·P_n − n·P_{n−1} with the int n mixed into float arithmetic.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(4, 16)]
public partial class LegendreOfTanhFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float t = MathF.Tanh(x[i]);
            float p0 = 1f, p1 = t;
            y[4 * i] = p0;
            y[4 * i + 1] = p1;
            for (int n = 1; n < 3; n++)
            {
                float p2 = ((2 * n + 1) * t * p1 - n * p0) / (n + 1);
                p0 = p1;
                p1 = p2;
                y[4 * i + n + 1] = p2;
            }
        }
    }
}

// Chebyshev features T_1..T_4 of each input by the three-term recurrence T_{k+1} = 2 x T_k - T_{k-1}
// (4 inputs to 16 outputs), the two previous terms carried in locals across iterations.
// Re-creates: numpy.polynomial.chebyshev.chebvander written as a loop (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(4, 16)]
public partial class ChebyshevRecurrence
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const int degree = 4;
        for (int i = 0; i < 4; i++)
        {
            double previous = 1.0;
            double current = x[i];
            for (int d = 0; d < degree; d++)
            {
                y[i * degree + d] = current;
                double next = 2.0 * x[i] * current - previous;
                previous = current;
                current = next;
            }
        }
    }
}

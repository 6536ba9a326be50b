// Physicists' Hermite polynomial features H₀…H₄ of each of 4 inputs (numpy.polynomial.hermite.hermvander(x, 4)) by the
// three-term recurrence H_{n+1} = 2x·H_n − 2n·H_{n−1}, carried in two rotating locals.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(4, 20)]
public partial class HermiteRecurrenceFeatures
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const int Degree = 4;
        for (int i = 0; i < x.Length; i++)
        {
            double previous = 1, current = 2 * x[i];
            y[i * (Degree + 1)] = previous;
            y[i * (Degree + 1) + 1] = current;
            for (int n = 1; n < Degree; n++)
            {
                double next = 2 * x[i] * current - 2 * n * previous;
                previous = current;
                current = next;
                y[i * (Degree + 1) + n + 1] = current;
            }
        }
    }
}

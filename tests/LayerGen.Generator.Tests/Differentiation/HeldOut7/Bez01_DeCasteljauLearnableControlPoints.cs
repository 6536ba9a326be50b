// Points on a cubic Bézier curve with learnable control points, evaluated by de Casteljau's algorithm at six
// parameters t = σ(u) of the row (σ written with tanh), the triangle of lerps in place on a stackalloc buffer with an
// inner bound that shrinks with the outer loop. Shape of the de Casteljau routine in graphics/CAD code (e.g. bezier.py),
// from memory.
// A user expects the gradient for the parameters and the eight control coordinates.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(6, 12)]
public partial class DeCasteljauLearnableControlPoints
{
    const int Degree = 3;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(2 * (Degree + 1), StandardDeviation = 1)] ReadOnlySpan<double> control)
    {
        Span<double> work = stackalloc double[2 * (Degree + 1)];
        for (int s = 0; s < x.Length; s++)
        {
            double t = 0.5 * (1 + Math.Tanh(0.5 * x[s]));
            control.CopyTo(work);
            for (int r = 1; r <= Degree; r++)
            {
                for (int i = 0; i <= Degree - r; i++)
                {
                    work[2 * i] = (1 - t) * work[2 * i] + t * work[2 * i + 2];
                    work[2 * i + 1] = (1 - t) * work[2 * i + 1] + t * work[2 * i + 3];
                }
            }
            y[2 * s] = work[0];
            y[2 * s + 1] = work[1];
        }
    }
}

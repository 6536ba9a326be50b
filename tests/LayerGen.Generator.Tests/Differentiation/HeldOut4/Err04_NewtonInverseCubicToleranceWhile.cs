// An implicit layer (the DEQ idea, shape of torchdeq's solvers): y solves y + y³/3 = x, found by Newton's method that runs
// until the step falls below 1e-12 — a loop whose trip count depends on the data; reversing it needs the implicit
// function theorem, not the loop.
// expect: error
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(8)]
public partial class NewtonInverseCubicToleranceWhile
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double t = x[i];
            double step = 1;
            while (Math.Abs(step) > 1e-12) //~ LG11
            {
                step = (t + t * t * t / 3 - x[i]) / (1 + t * t);
                t -= step;
            }
            y[i] = t;
        }
    }
}

// A polynomial activation p(v) = 0.5 - v + 0.25 v^2 evaluated by a recursive Horner helper.
// Re-creates: the recursive polynomial evaluator of functional-style C# (shape only; our own code).
// Recursion has no bound the generator can unroll: an error at the recursive helper is what a user should get.
// expect: error
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(4)]
public partial class RecursiveHornerHelper
{
    static readonly double[] Coefficients = { 0.5, -1.0, 0.25 };

    static double Horner(int k, double v) => k == Coefficients.Length ? 0.0 : Coefficients[k] + v * Horner(k + 1, v); //~ LG11

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
            y[i] = Horner(0, x[i]);
    }
}

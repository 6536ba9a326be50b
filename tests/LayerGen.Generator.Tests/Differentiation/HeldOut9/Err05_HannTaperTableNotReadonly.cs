// Window functions: a Hann taper applied to the row from a precomputed coefficient table that was declared
// `static double[]` without `readonly` — a table the class could reassign is no constant table (the subset wants
// private static readonly arrays initialised with constants).
// Shape: a C# audio utility's window lookup, the field left mutable by habit.
// expect: error
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(8)]
public partial class HannTaperTableNotReadonly
{
    static double[] Taper = { 0.0, 0.1883, 0.6113, 0.9505, 0.9505, 0.6113, 0.1883, 0.0 };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
            y[i] = Taper[i] * x[i]; //~ LG11
    }
}

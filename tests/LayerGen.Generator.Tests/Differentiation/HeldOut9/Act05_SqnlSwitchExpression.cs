// Activations: SQNL (square non-linearity), a C¹ piecewise quadratic squashing to ±1, written as a switch expression
// with relational patterns and a final discard arm.
// Shape: Wuraola & Patel, "SQNL: A New Computationally Efficient Activation Function" (IJCNN 2018).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(12)]
public partial class SqnlSwitchExpression
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = v switch
            {
                > 2.0 => 1.0,
                >= 0.0 => v - v * v / 4,
                >= -2.0 => v + v * v / 4,
                _ => -1.0,
            };
        }
    }
}

// A three-piece calibration map written as a switch expression whose last arm is a var pattern (var v => …) instead
// of the discard: docs/custom-layers.md supports a final `_ =>` arm only ("a last arm other than _" is outside).
// Shape of: piecewise score recalibration written with C# 9 relational patterns (our own).
// expect: error
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(6)]
public partial class CalibrationSwitchVarLastArm
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1, Initial = 1)] ReadOnlySpan<double> slope)
    {
        for (int i = 0; i < x.Length; i++)
            y[i] = x[i] switch { < -2 => -2 * slope[0] + 0.1 * (x[i] + 2), > 2 => 2 * slope[0] + 0.1 * (x[i] - 2), var v => slope[0] * v }; //~ LG11
    }
}

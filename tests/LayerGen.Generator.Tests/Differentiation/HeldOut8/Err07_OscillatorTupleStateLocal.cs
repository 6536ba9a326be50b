// A damped oscillator stepped by semi-implicit Euler whose state is a named-tuple local (position, velocity) updated
// through its fields — a local of a tuple type is outside the subset (locals are float, double, int, bool or spans;
// deconstruction into such locals is supported).
// Shape of: C# game/physics snippets keeping state in a ValueTuple (our own).
// expect: error
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(2, 8)]
public partial class OscillatorTupleStateLocal
{
    const double Dt = 0.1, Stiffness = 4.0, Damping = 0.3;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        var state = (Position: x[0], Velocity: x[1]); //~ LG11
        for (int t = 0; t < y.Length; t++)
        {
            state.Velocity += Dt * (-Stiffness * state.Position - Damping * state.Velocity);
            state.Position += Dt * state.Velocity;
            y[t] = state.Position;
        }
    }
}

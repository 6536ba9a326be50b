// A steady-state (fixed-gain) Kalman filter for a constant-velocity target — the α-β filter — over eight position
// measurements: predict (a slowly decaying velocity) with a tuple assignment, correct with the fixed gains, output the filtered positions.
// Shape of the alpha-beta filter in FilterPy / Wikipedia pseudocode, from memory.
// A user expects the gradient of the filtered track with respect to the measurements.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8)]
public partial class SteadyStateKalmanTupleUpdate
{
    const double Dt = 0.5, Alpha = 0.5, Beta = 0.2, VelocityDecay = 0.98;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double position = x[0], velocity = 0;
        y[0] = position;
        for (int t = 1; t < x.Length; t++)
        {
            (position, velocity) = (position + velocity * Dt, velocity * VelocityDecay);
            double residual = x[t] - position;
            position += Alpha * residual;
            velocity += Beta / Dt * residual;
            y[t] = position;
        }
    }
}

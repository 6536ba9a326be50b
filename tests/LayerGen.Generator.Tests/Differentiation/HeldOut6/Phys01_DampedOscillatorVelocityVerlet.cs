// expect: gradient
// A physics layer: each (position, velocity) pair of the row is integrated for ten steps of velocity Verlet through a
// damped spring a = −k·x − c·v, with k and c learnable through exp of their logs; the state is advanced with tuple
// assignments. Shape from physics-informed / neural-ODE toy integrators; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(6)]
public partial class DampedOscillatorVelocityVerlet
{
    const int Steps = 10;
    const double Dt = 0.1;

    static double Acceleration(double position, double velocity, double k, double c) => -k * position - c * velocity;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1)] ReadOnlySpan<double> logStiffness,
                           [Learnable(1, Initial = -1.0)] ReadOnlySpan<double> logDamping)
    {
        double k = Math.Exp(logStiffness[0]);
        double c = Math.Exp(logDamping[0]);
        for (int p = 0; p < x.Length; p += 2)
        {
            double position = x[p], velocity = x[p + 1];
            for (int step = 0; step < Steps; step++)
            {
                double half = velocity + 0.5 * Dt * Acceleration(position, velocity, k, c);
                double next = position + Dt * half;
                (position, velocity) = (next, half + 0.5 * Dt * Acceleration(next, half, k, c));
            }
            y[p] = position;
            y[p + 1] = velocity;
        }
    }
}

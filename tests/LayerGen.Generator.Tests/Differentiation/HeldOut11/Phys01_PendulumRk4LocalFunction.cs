// expect: gradient
// A damped nonlinear pendulum θ'' = −(g/L)·sin θ − c·θ' integrated by classical RK4 for eight steps of 0.05 s, the
// derivative a local function returning a tuple; four pendulums given as (θ0, ω0) pairs squashed to ±2 rad and ±3 rad/s; outputs the final angle and
// angular velocity of each. Shape of scipy-free RK4 loops in physics notebooks, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(8)]
public partial class PendulumRk4LocalFunction
{
    const double G = 9.81, Length = 1.0, Damping = 0.2, Dt = 0.05;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        static (double dTheta, double dOmega) Rate(double theta, double omega)
            => (omega, -G / Length * Math.Sin(theta) - Damping * omega);

        for (int p = 0; p < 4; p++)
        {
            double theta = 2.0 * Math.Tanh(x[2 * p]);
            double omega = 3.0 * Math.Tanh(x[2 * p + 1]);
            for (int step = 0; step < 8; step++)
            {
                var (k1t, k1w) = Rate(theta, omega);
                var (k2t, k2w) = Rate(theta + 0.5 * Dt * k1t, omega + 0.5 * Dt * k1w);
                var (k3t, k3w) = Rate(theta + 0.5 * Dt * k2t, omega + 0.5 * Dt * k2w);
                var (k4t, k4w) = Rate(theta + Dt * k3t, omega + Dt * k3w);
                theta += Dt / 6 * (k1t + 2 * k2t + 2 * k3t + k4t);
                omega += Dt / 6 * (k1w + 2 * k2w + 2 * k3w + k4w);
            }
            y[2 * p] = theta;
            y[2 * p + 1] = omega;
        }
    }
}

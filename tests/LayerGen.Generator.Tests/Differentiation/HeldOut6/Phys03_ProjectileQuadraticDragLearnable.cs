// expect: gradient
// Two projectiles launched with the row's initial velocities, integrated for 20 semi-implicit Euler steps under gravity
// and quadratic air drag (a = −g ŷ − k|v|v) with the drag coefficient learnable through softplus; a counting while
// loop; outputs final position and velocity. Shape from physics-engine / ballistics tutorials; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(4, 8)]
public partial class ProjectileQuadraticDragLearnable
{
    const double G = 9.81, Dt = 0.05;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = -5.0)] ReadOnlySpan<double> rawDrag)
    {
        double k = Math.Log(1 + Math.Exp(rawDrag[0]));
        for (int p = 0; p < 2; p++)
        {
            double vx = x[2 * p], vy = x[2 * p + 1];
            double px = 0, py = 0;
            int step = 0;
            while (step < 20)
            {
                double speed = Math.Sqrt(vx * vx + vy * vy + 1e-12);
                vx -= k * speed * vx * Dt;
                vy -= (G + k * speed * vy) * Dt;
                px += vx * Dt;
                py += vy * Dt;
                step++;
            }
            y[4 * p] = px;
            y[4 * p + 1] = py;
            y[4 * p + 2] = vx;
            y[4 * p + 3] = vy;
        }
    }
}

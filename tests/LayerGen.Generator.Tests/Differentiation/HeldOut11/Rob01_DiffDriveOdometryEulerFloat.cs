// expect: gradient
// Differential-drive odometry: four control intervals of wheel speeds (v_l, v_r) from tanh of the row, integrated by
// the midpoint-heading Euler update x += v·cos(θ + ω·dt/2)·dt, y += v·sin(…)·dt, θ += ω·dt; outputs the final pose and
// the path length Σ|v|·dt (float). Shape of ROS diff_drive_controller odometry and robotics course code, written from
// memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(8, 4)]
public partial class DiffDriveOdometryEulerFloat
{
    const float WheelBase = 0.35f;
    const float Dt = 0.5f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float px = 0f, py = 0f, theta = 0f, travelled = 0f;
        for (int step = 0; step < 4; step++)
        {
            float vl = 0.8f * MathF.Tanh(x[2 * step]);
            float vr = 0.8f * MathF.Tanh(x[2 * step + 1]);
            float v = 0.5f * (vl + vr);
            float omega = (vr - vl) / WheelBase;
            float heading = theta + 0.5f * omega * Dt;
            px += v * MathF.Cos(heading) * Dt;
            py += v * MathF.Sin(heading) * Dt;
            theta += omega * Dt;
            travelled += MathF.Abs(v) * Dt;
        }
        y[0] = px;
        y[1] = py;
        y[2] = theta;
        y[3] = travelled;
    }
}

// A discrete PID controller run over a row of ten error samples: integral by forward Euler with anti-windup clamping,
// derivative on a first-order low-pass filter, output saturated smoothly by Umax·tanh(u/Umax); Kp, Ki, Kd learnable.
// Shape of the classic "PID without a PhD" / python-simple-pid update loop, from memory.
// A user expects the gradient for the error samples and the three gains.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(10)]
public partial class PidFilteredDerivativeLearnableFloat
{
    const float Dt = 0.1f, FilterAlpha = 0.7f, IntegralLimit = 10f, Umax = 5f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(1, Initial = 1)] ReadOnlySpan<float> kp,
                           [Learnable(1, Initial = 0.2)] ReadOnlySpan<float> ki,
                           [Learnable(1, Initial = 0.05)] ReadOnlySpan<float> kd)
    {
        float integral = 0f, derivative = 0f, previous = x[0];
        for (int t = 0; t < x.Length; t++)
        {
            float error = x[t];
            integral = Math.Clamp(integral + error * Dt, -IntegralLimit, IntegralLimit);
            derivative = FilterAlpha * derivative + (1 - FilterAlpha) * (error - previous) / Dt;
            previous = error;
            float u = kp[0] * error + ki[0] * integral + kd[0] * derivative;
            y[t] = Umax * MathF.Tanh(u / Umax);
        }
    }
}

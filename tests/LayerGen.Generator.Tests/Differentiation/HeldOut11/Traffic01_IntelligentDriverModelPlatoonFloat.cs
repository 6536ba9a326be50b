// expect: gradient
// The Intelligent Driver Model (Treiber et al. 2000) for a leader and three followers: a = a_max·(1 − (v/v0)^4 −
// (s*/s)²), s* = s0 + max(0, v·T + v·Δv/(2√(a_max·b))), four Euler steps of 0.5 s with the leader's speed held; initial
// gaps and speeds from the row; outputs the followers' final gaps and speeds (float). Shape of traffic-simulation code
// (traffic-simulation.de) ported to C#, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(7, 6)]
public partial class IntelligentDriverModelPlatoonFloat
{
    const float DesiredSpeed = 30f, Headway = 1.5f, MinGap = 2f, MaxAccel = 1.0f, ComfortDecel = 1.5f, Dt = 0.5f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        Span<float> gap = stackalloc float[3];
        Span<float> speed = stackalloc float[4];
        speed[0] = 20f + 3f * MathF.Tanh(x[0]);
        for (int f = 0; f < 3; f++)
        {
            speed[f + 1] = 20f + 3f * MathF.Tanh(x[1 + f]);
            gap[f] = 40f + 10f * MathF.Tanh(x[4 + f]);
        }

        for (int step = 0; step < 4; step++)
        {
            for (int f = 0; f < 3; f++)
            {
                float v = speed[f + 1];
                float approach = v - speed[f];
                float desired = MinGap + MathF.Max(0f, v * Headway + v * approach / (2f * MathF.Sqrt(MaxAccel * ComfortDecel)));
                float ratio = desired / gap[f];
                float accel = MaxAccel * (1f - MathF.Pow(v / DesiredSpeed, 4) - ratio * ratio);
                gap[f] += Dt * (speed[f] - v);
                speed[f + 1] = v + Dt * accel;
            }
        }
        for (int f = 0; f < 3; f++)
        {
            y[2 * f] = gap[f];
            y[2 * f + 1] = speed[f + 1];
        }
    }
}

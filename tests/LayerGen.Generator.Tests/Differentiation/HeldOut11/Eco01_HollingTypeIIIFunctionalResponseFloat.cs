// expect: gradient
// Holling type III functional response of a predator to prey densities, f(N) = a·N²/(1 + a·h·N²), prey densities
// N = e^(0.5·tanh x)·10 per patch, with learnable log attack rate and log handling time; outputs the intake per patch
// and the total as a ninth entry (float). Shape of ecology course code in R ported to C#, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(8, 9)]
public partial class HollingTypeIIIFunctionalResponseFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(1, Initial = -1f)] ReadOnlySpan<float> logAttack,
                           [Learnable(1, Initial = -2f)] ReadOnlySpan<float> logHandling)
    {
        float a = MathF.Exp(logAttack[0]);
        float h = MathF.Exp(logHandling[0]);
        float total = 0f;
        for (int patch = 0; patch < 8; patch++)
        {
            float prey = 10f * MathF.Exp(0.5f * MathF.Tanh(x[patch]));
            float encounter = a * prey * prey;
            float intake = encounter / (1f + h * encounter);
            y[patch] = intake;
            total += intake;
        }
        y[8] = total;
    }
}

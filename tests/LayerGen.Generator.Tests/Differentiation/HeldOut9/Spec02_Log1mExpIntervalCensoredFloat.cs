// Special functions: log(1 − e^(−a)) by Mächler's log1mexp (log(−expm1(−a)) below ln 2, log1p(−exp(−a)) above), used for
// the log-probability of an event in each interval of a discrete-time survival model with softplus hazard increments:
// log P(event in interval k) = −H_(k) + log1mexp(Δ_k), H the cumulative hazard before interval k.
// Shape: Mächler, "Accurately Computing log(1 − exp(−|a|))" (Rmpfr vignette, 2012), ported with float generic math.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(8)]
public partial class Log1mExpIntervalCensoredFloat
{
    const float Ln2 = 0.693147181f;

    static float Log1mExp(float a)
    {
        if (a <= Ln2) return float.Log(-float.ExpM1(-a));
        return float.LogP1(-float.Exp(-a));
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float cumulative = 0f;
        for (int k = 0; k < x.Length; k++)
        {
            float v = x[k];
            float increment = MathF.Max(v, 0f) + float.LogP1(MathF.Exp(-MathF.Abs(v))) + 1e-3f;
            y[k] = -cumulative + Log1mExp(increment);
            cumulative += increment;
        }
    }
}

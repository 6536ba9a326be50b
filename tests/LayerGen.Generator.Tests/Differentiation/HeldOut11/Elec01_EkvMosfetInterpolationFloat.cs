// expect: gradient
// EKV MOSFET drain current across weak and strong inversion, I = I_s·[ln²(1 + e^((Vp − Vs)/2Ut)) − ln²(1 + e^((Vp − Vd)/2Ut))],
// Vp = (Vg − Vt)/n, four transistors given as (Vg, Vs, Vd) triples plus one shared threshold entry (float). Shape of
// the EKV interpolation function in compact-model notes and SPICE behavioural sources, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(13, 4)]
public partial class EkvMosfetInterpolationFloat
{
    const float ThermalVoltage = 0.02585f;
    const float SlopeFactor = 1.3f;
    const float SpecificCurrent = 1e-6f;

    static float LogOnePlusExp(float v)
    {
        if (v > 15f) return v + MathF.Exp(-v);
        return MathF.Log(1f + MathF.Exp(v));
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float vt = 0.4f + 0.1f * MathF.Tanh(x[12]);
        for (int t = 0; t < 4; t++)
        {
            var v = x.Slice(3 * t, 3);
            float vg = 1.2f * MathF.Tanh(v[0]) + 0.6f;
            float vs = 0.2f * MathF.Tanh(v[1]);
            float vd = vs + 0.05f + 0.85f / (1f + MathF.Exp(-v[2]));
            float vp = (vg - vt) / SlopeFactor;
            float forward = LogOnePlusExp((vp - vs) / (2f * ThermalVoltage));
            float reverse = LogOnePlusExp((vp - vd) / (2f * ThermalVoltage));
            y[t] = SpecificCurrent * (forward * forward - reverse * reverse) * 1e6f;   // µA
        }
    }
}

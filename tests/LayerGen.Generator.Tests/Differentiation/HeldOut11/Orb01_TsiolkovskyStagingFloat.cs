// expect: gradient
// rows: no-large
// the propellant split is a softmax of raw entries: on the ±1000 rows two logits a few units apart leave h ≈ 0.01 too coarse
// Three-stage rocket Δv by Tsiolkovsky, Δv = Σ Isp_k·g0·ln(m0_k/mf_k), the propellant split among the stages a
// softmax of three entries and the structural fractions from the other three; each stage's initial mass carries
// the stages above it and the payload; outputs the per-stage Δv and the total in km/s (float). Shape of
// launch-vehicle sizing spreadsheets ported to C#, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(6, 4)]
public partial class TsiolkovskyStagingFloat
{
    const float G0 = 9.80665f, Payload = 1f, TotalPropellant = 60f;
    static readonly float[] SpecificImpulse = { 285f, 320f, 345f };

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        Span<float> share = stackalloc float[3];
        float m = MathF.Max(x[0], MathF.Max(x[1], x[2]));
        float sum = 0f;
        for (int k = 0; k < 3; k++) { share[k] = MathF.Exp(x[k] - m); sum += share[k]; }

        float above = Payload;
        float total = 0f;
        for (int k = 2; k >= 0; k--)                              // upper stage first: it rides on nothing else
        {
            float propellant = TotalPropellant * share[k] / sum;
            float structure = propellant * (0.06f + 0.08f / (1f + MathF.Exp(-x[3 + k])));
            float initial = above + structure + propellant;
            float final = above + structure;
            float dv = SpecificImpulse[k] * G0 * MathF.Log(initial / final) / 1000f;
            y[k] = dv;
            total += dv;
            above = initial;
        }
        y[3] = total;
    }
}

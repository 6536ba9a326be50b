// expect: gradient
// Enzyme kinetics: Michaelis–Menten with mixed (non-competitive) inhibition,
// v = Vmax·S / (Km(1 + I/Ki) + S(1 + I/Ki′)), over a row of substrate | inhibitor concentrations (x.Slice halves,
// positive through exp of a tanh-bounded log). Learnable log Vmax, log Km, log Ki, log Ki′, as a kinetics fit parametrises.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(10, 5)]
public partial class MixedInhibitionMichaelisMentenFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(4, Initial = 0.0f, StandardDeviation = 0.2f)] ReadOnlySpan<float> logConstants)
    {
        ReadOnlySpan<float> substrate = x.Slice(0, 5);
        ReadOnlySpan<float> inhibitor = x.Slice(5, 5);
        float vmax = MathF.Exp(logConstants[0]);
        float km = MathF.Exp(logConstants[1]);
        float ki = MathF.Exp(logConstants[2]);
        float kiPrime = MathF.Exp(logConstants[3]);
        for (int j = 0; j < y.Length; j++)
        {
            float s = MathF.Exp(2.0f * MathF.Tanh(substrate[j] / 2.0f));
            float inh = MathF.Exp(2.0f * MathF.Tanh(inhibitor[j] / 2.0f));
            y[j] = vmax * s / (km * (1.0f + inh / ki) + s * (1.0f + inh / kiPrime));
        }
    }
}

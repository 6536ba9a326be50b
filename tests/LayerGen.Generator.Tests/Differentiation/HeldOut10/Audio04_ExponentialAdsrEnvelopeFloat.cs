// expect: gradient
// Audio synthesis: an ADSR envelope with exponential segments (the analog-style RC curves of a synth plug-in) over 32
// samples: the stage comes from a switch expression on the sample index and a `switch` statement over it picks the segment,
// each segment 1 − e^(−t/τ)-shaped, with learnable log time constants; the row modulates the sustain level and gain.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(2, 32)]
public partial class ExponentialAdsrEnvelopeFloat
{
    const int AttackEnd = 4, DecayEnd = 12, ReleaseStart = 24;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(3, Initial = 1.0f)] ReadOnlySpan<float> logTimes)
    {
        float sustain = 0.2f + 0.6f / (1.0f + MathF.Exp(-x[0]));
        float gain = MathF.Exp(0.5f * MathF.Tanh(x[1]));
        float attackTau = MathF.Exp(logTimes[0]), decayTau = MathF.Exp(logTimes[1]), releaseTau = MathF.Exp(logTimes[2]);
        float attackPeak = 1.0f - MathF.Exp(-AttackEnd / attackTau);
        float level = 0.0f;
        for (int n = 0; n < y.Length; n++)
        {
            int stage = n switch
            {
                < AttackEnd => 0,
                < DecayEnd => 1,
                < ReleaseStart => 2,
                _ => 3,
            };
            switch (stage)
            {
                case 0:
                    level = (1.0f - MathF.Exp(-(n + 1) / attackTau)) / attackPeak;
                    break;
                case 1:
                    level = sustain + (1.0f - sustain) * MathF.Exp(-(n + 1 - AttackEnd) / decayTau);
                    break;
                case 2:
                    level = sustain + (1.0f - sustain) * MathF.Exp(-(DecayEnd - AttackEnd) / decayTau);
                    break;
                default:
                    level *= MathF.Exp(-1.0f / releaseTau);
                    break;
            }
            y[n] = gain * level;
        }
    }
}

// A peak envelope follower over 16 samples: rectify, then a one-pole smoother whose coefficient is the attack one when
// the level rises above the envelope and the release one otherwise (ternary on data), both learnable through sigmoids.
// Shape of: the classic attack/release envelope detector of musicdsp.org and JUCE-style compressors (from memory).
// expect: gradient
// rows: no-large
// at |x| ≈ 1000 the check's step h = 1e-5·|x| ≈ 0.01 can straddle a switch between attack and release (level = envelope); the scratch check's quotients at h and 10h disagreed there.
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(16)]
public partial class EnvelopeFollowerAttackReleaseFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(1, Initial = -1)] ReadOnlySpan<float> attackLogit,
        [Learnable(1, Initial = 2)] ReadOnlySpan<float> releaseLogit)
    {
        float attack = 1.0f / (1.0f + MathF.Exp(-attackLogit[0]));
        float release = 1.0f / (1.0f + MathF.Exp(-releaseLogit[0]));
        float envelope = 0.0f;
        for (int i = 0; i < x.Length; i++)
        {
            float level = MathF.Abs(x[i]);
            float coefficient = level > envelope ? attack : release;
            envelope = coefficient * envelope + (1.0f - coefficient) * level;
            y[i] = envelope;
        }
    }
}

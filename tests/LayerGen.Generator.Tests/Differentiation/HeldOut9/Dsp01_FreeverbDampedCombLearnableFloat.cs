// Acoustics / DSP: Freeverb's lowpass-feedback comb filter over the row, a circular delay line of three samples with a
// reassigned read index (idx = (idx + 1) % Delay), one-pole damping in the feedback path; learnable feedback and damping
// logits.
// Shape: Jezar's Freeverb comb::process (also Julius Smith's "Physical Audio Signal Processing"), ported to C# floats.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(16)]
public partial class FreeverbDampedCombLearnableFloat
{
    const int Delay = 3;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(1, Initial = 1)] ReadOnlySpan<float> feedbackLogit,
        [Learnable(1, Initial = -1)] ReadOnlySpan<float> dampLogit)
    {
        float feedback = 0.95f * MathF.Tanh(feedbackLogit[0]);
        float damp = 0.5f * (1f + MathF.Tanh(0.5f * dampLogit[0]));
        Span<float> buffer = stackalloc float[Delay];
        buffer.Clear();
        float filterStore = 0f;
        int idx = 0;
        for (int n = 0; n < x.Length; n++)
        {
            float output = buffer[idx];
            filterStore = output * (1f - damp) + filterStore * damp;
            buffer[idx] = x[n] + filterStore * feedback;
            idx = (idx + 1) % Delay;
            y[n] = output;
        }
    }
}

// expect: gradient
// Audio synthesis: Karplus–Strong plucked string (1983): a delay line of 6 samples filled with the row's excitation
// (a tanh-squashed noise burst), each output the delayed sample, fed back as ρ·½(d[n] + d[n+1]) with a learnable decay
// logit ρ = σ(·); a circular read index `pos = (pos + 1) % Delay` over a heap float[] buffer. 24 output samples.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(6, 24)]
public partial class KarplusStrongPluckFloat
{
    const int Delay = 6;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(1, Initial = 2.0f)] ReadOnlySpan<float> decayLogit)
    {
        float rho = 1.0f / (1.0f + MathF.Exp(-decayLogit[0]));
        float[] line = new float[Delay];
        for (int i = 0; i < Delay; i++) line[i] = MathF.Tanh(x[i]);
        int pos = 0;
        for (int n = 0; n < y.Length; n++)
        {
            int next = (pos + 1) % Delay;
            float current = line[pos];
            y[n] = current;
            line[pos] = rho * 0.5f * (current + line[next]);
            pos = next;
        }
    }
}

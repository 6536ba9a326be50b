// Idiom: noisy gating (Shazeer et al.) for a dense mixture: h = clean + noise * noiseStd[e], softmax over the experts
//        of each token, written with a span per token
// Layout: flat float[tokens * experts], Span<float> row views
// Correct
using System;

namespace HeldOut42.NoisyGate_TokenSpans;

public static class NoisyGate
{
    public static float[] Gates(float[] clean, float[] noise, float[] noiseStd, int experts)
    {
        int tokens = clean.Length / experts;
        var gates = new float[clean.Length];

        for (int t = 0; t < tokens; t++)
        {
            ReadOnlySpan<float> c = clean.AsSpan(t * experts, experts);
            ReadOnlySpan<float> eps = noise.AsSpan(t * experts, experts);
            Span<float> g = gates.AsSpan(t * experts, experts);

            float hi = float.NegativeInfinity;
            for (int e = 0; e < g.Length; e++)
            {
                g[e] = c[e] + eps[e] * noiseStd[e];
                if (g[e] > hi) hi = g[e];
            }

            float s = 0f;
            for (int e = 0; e < g.Length; e++)
            {
                g[e] = MathF.Exp(g[e] - hi);
                s += g[e];
            }

            for (int e = 0; e < g.Length; e++)
                g[e] /= s;
        }

        return gates;
    }
}

// Idiom: softmax action selection with an exponentially annealed temperature (floored at a minimum).
// Use: per-episode exploration for a batch of agents stored in one span.
// Layout: flat ReadOnlySpan<float> (agents * actions), row-major, walked with an offset o.
// Bug (LG0001): the running peak is declared once before the agent loop and never reset, so later agents are shifted by
// the largest Q value seen so far; an agent far below an earlier one underflows to 0/0.
// Our own code.
#nullable enable
using System;

namespace HeldOut98.AnnealedTemperature_RunningPeak;

public sealed class AnnealedPolicy(float initialTemperature, float decay, float minTemperature)
{
    public float Temperature(int episode) => MathF.Max(minTemperature, initialTemperature * MathF.Pow(decay, episode));

    public void Probabilities(ReadOnlySpan<float> q, Span<float> pi, int actions, int episode)
    {
        float t = Temperature(episode);
        float peak = float.NegativeInfinity;
        for (int o = 0; o < q.Length; o += actions)
        {
            for (int a = 0; a < actions; a++)
            {
                if (q[o + a] > peak) peak = q[o + a]; //~ LG0001
            }

            float z = 0f;
            for (int a = 0; a < actions; a++)
            {
                pi[o + a] = MathF.Exp((q[o + a] - peak) / t);
                z += pi[o + a];
            }

            for (int a = 0; a < actions; a++) pi[o + a] /= z;
        }
    }
}

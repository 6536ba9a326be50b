// Source: sampling-based local steering for game crowds (context steering, Fray, Game AI Pro 2; Unity/Godot crowd
// controllers): softmin over the K candidate headings of each agent.
// Layout: flat float[] costs [agents * K], one Span<float> per agent from AsSpan(a * K, K), weights in place.
// Bug LG0003: exp(-cost / tau) with no shift by the agent's minimum cost (overflows for costs below about -88 tau).
using System;

namespace HeldOut20.CrowdSteeringRaw;

public static class ContextSteering
{
    public static void Weights(float[] costs, int agents, int candidates, float tau, float[] weights)
    {
        for (int a = 0; a < agents; a++)
        {
            ReadOnlySpan<float> cost = costs.AsSpan(a * candidates, candidates);
            Span<float> w = weights.AsSpan(a * candidates, candidates);
            float z = 0f;
            for (int k = 0; k < cost.Length; k++)
            {
                w[k] = MathF.Exp(-cost[k] / tau); //~ LG0003
                z += w[k];
            }

            float inv = 1f / z;
            for (int k = 0; k < w.Length; k++)
            {
                w[k] *= inv;
            }
        }
    }
}

// Source: sampling-based local steering for game crowds (candidate-velocity sampling as in Unity/Godot crowd
// controllers and the "context steering" of Fray, Game AI Pro 2): each agent scores K candidate headings by a cost
// and blends them with softmin weights exp(-(cost - minCost) / tau).
// Layout: flat float[] costs [agents * K] with an agent stride, Parallel.For over agents, ValueTuple headings.
// Correct: shifted by the agent's own minimum cost; the separation falloff exp(-d * falloff) is not a softmax.
using System;
using System.Threading.Tasks;

namespace HeldOut20.CrowdSteering;

public static class ContextSteering
{
    /// <summary>Writes softmin weights into <paramref name="weights"/> and each agent's blended heading.</summary>
    public static void Blend(
        float[] costs, int agents, int candidates, int stride, float tau,
        (float X, float Y)[] headings, float[] weights, (float X, float Y)[] steer)
    {
        Parallel.For(0, agents, a =>
        {
            int o = a * stride;
            float minCost = float.PositiveInfinity;
            for (int k = 0; k < candidates; k++)
            {
                if (costs[o + k] < minCost)
                {
                    minCost = costs[o + k];
                }
            }

            float z = 0f;
            for (int k = 0; k < candidates; k++)
            {
                float w = MathF.Exp(-(costs[o + k] - minCost) / tau);
                weights[o + k] = w;
                z += w;
            }

            float sx = 0f, sy = 0f;
            for (int k = 0; k < candidates; k++)
            {
                weights[o + k] /= z;
                sx += weights[o + k] * headings[k].X;
                sy += weights[o + k] * headings[k].Y;
            }

            steer[a] = (sx, sy);
        });
    }

    /// <summary>Separation weight of a neighbour at distance d: decays with distance, never normalised.</summary>
    public static float SeparationWeight(float distance, float falloff) => MathF.Exp(-MathF.Abs(distance) * falloff);
}

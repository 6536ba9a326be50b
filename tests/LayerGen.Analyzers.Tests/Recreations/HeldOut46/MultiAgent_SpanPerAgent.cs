// Idiom: multi-agent RL with a shared policy network: one forward pass for all agents, the logits packed agent after
// agent; each agent's policy is a softmax over its own actions. Written as our own code.
// Layout: flat ReadOnlySpan<float> [agents * actions], `Slice(i * actionsPerAgent, actionsPerAgent)` per agent,
// Math.Max fold, float.Exp, multiply by 1 / sum.
// Correct.
using System;

namespace HeldOut46.MultiAgent_SpanPerAgent;

public static class SharedPolicy
{
    public static void PerAgentPolicies(ReadOnlySpan<float> logits, Span<float> policies, int actionsPerAgent)
    {
        int agents = logits.Length / actionsPerAgent;
        for (int i = 0; i < agents; i++)
        {
            ReadOnlySpan<float> z = logits.Slice(i * actionsPerAgent, actionsPerAgent);
            Span<float> p = policies.Slice(i * actionsPerAgent, actionsPerAgent);
            float m = z[0];
            for (int a = 1; a < z.Length; a++)
            {
                m = Math.Max(m, z[a]);
            }

            float s = 0f;
            for (int a = 0; a < z.Length; a++)
            {
                p[a] = float.Exp(z[a] - m);
                s += p[a];
            }

            float inv = 1f / s;
            for (int a = 0; a < p.Length; a++)
            {
                p[a] *= inv;
            }
        }
    }
}

// Idiom: independent softmax policies of the agents of a multi-agent environment evaluated in one batched forward
// pass; each agent's action logits are one row of the network output.
// Use: per-agent action probabilities at one environment step.
// Layout: ReadOnlySpan<float> over a flat [agents * actions] buffer, Slice per agent, TensorPrimitives.Max for the
// row maximum, float.Exp, output written through a Span<float>.
// Correct: each agent's row is shifted by its own maximum and divided by its own sum.
using System;
using System.Numerics.Tensors;

namespace HeldOut64.MultiAgentPolicies_SpanRows;

public static class AgentPolicies
{
    public static void Forward(ReadOnlySpan<float> logits, Span<float> probabilities, int agents, int actions)
    {
        for (int i = 0; i < agents; i++)
        {
            ReadOnlySpan<float> row = logits.Slice(i * actions, actions);
            Span<float> dst = probabilities.Slice(i * actions, actions);
            float max = TensorPrimitives.Max(row);
            float sum = 0f;
            for (int a = 0; a < actions; a++)
            {
                dst[a] = float.Exp(row[a] - max);
                sum += dst[a];
            }

            for (int a = 0; a < actions; a++)
            {
                dst[a] /= sum;
            }
        }
    }
}

// Idiom: a shared policy head for a team; each agent's logits sliced from one buffer, a static local function for the peak.
// Use: discrete-action policy of a multi-agent team (one forward pass, one slice per teammate).
// Layout: ReadOnlySpan<float>/Span<float>, row-major, Slice(g * actionsPerAgent, actionsPerAgent).
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut98.TeamPolicy_SpanSlices;

public static class TeamPolicyHead
{
    public static void Forward(ReadOnlySpan<float> logits, Span<float> probs, int actionsPerAgent)
    {
        int agents = logits.Length / actionsPerAgent;
        for (int g = 0; g < agents; g++)
        {
            ReadOnlySpan<float> row = logits.Slice(g * actionsPerAgent, actionsPerAgent);
            Span<float> outRow = probs.Slice(g * actionsPerAgent, actionsPerAgent);
            float max = Peak(row);
            float sum = 0f;
            for (int a = 0; a < row.Length; a++)
            {
                outRow[a] = float.Exp(row[a] - max);
                sum += outRow[a];
            }

            float inv = 1f / sum;
            for (int a = 0; a < outRow.Length; a++) outRow[a] *= inv;
        }

        static float Peak(ReadOnlySpan<float> s)
        {
            float m = s[0];
            foreach (float v in s[1..]) m = MathF.Max(m, v);
            return m;
        }
    }
}

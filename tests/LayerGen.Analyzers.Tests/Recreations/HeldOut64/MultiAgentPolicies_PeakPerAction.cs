// Idiom: independent softmax policies of the agents of a multi-agent environment, rows kept per agent; the shift is
// taken "per action across the team" with a LINQ query.
// Use: per-agent action probabilities at one environment step.
// Layout: jagged float[agents][actions], Enumerable.Range(...).Select(a => logits.Max(row => row[a])) for the shift,
// per-agent sums in a for loop.
// Bug (LG0004): `actionPeak[a]` is a maximum over the agents for one action (a column), while each policy is
// normalised over one agent's actions (a row): the shift and the sum run over different axes.
using System;
using System.Linq;

namespace HeldOut64.MultiAgentPolicies_PeakPerAction;

public static class TeamPolicies
{
    public static float[][] Forward(float[][] logits)
    {
        int actions = logits[0].Length;
        float[] actionPeak = Enumerable.Range(0, actions).Select(a => logits.Max(row => row[a])).ToArray(); //~ LG0004
        var probs = new float[logits.Length][];
        for (int i = 0; i < logits.Length; i++)
        {
            var p = new float[actions];
            float sum = 0f;
            for (int a = 0; a < actions; a++)
            {
                p[a] = MathF.Exp(logits[i][a] - actionPeak[a]);
                sum += p[a];
            }

            for (int a = 0; a < actions; a++)
            {
                p[a] /= sum;
            }

            probs[i] = p;
        }

        return probs;
    }
}

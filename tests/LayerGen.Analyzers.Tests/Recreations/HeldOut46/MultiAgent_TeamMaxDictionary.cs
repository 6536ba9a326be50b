// Idiom: multi-agent policies keyed by agent id (as a PettingZoo-style dict of observations/logits per agent); each
// agent's policy is a softmax over its own actions, but the shift is the team's largest logit. Written as our own code.
// Layout: Dictionary<int, float[]> agent -> logits; `agentLogits.Values.Max(z => z.Max())` once, `foreach` over the
// KeyValuePairs, MathF.Exp.
// Bug: LG0001 (the max spans every agent: an agent whose logits sit far below the team's best underflows to 0/0).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut46.MultiAgent_TeamMaxDictionary;

public static class Team
{
    public static Dictionary<int, float[]> Policies(Dictionary<int, float[]> agentLogits)
    {
        float teamMax = agentLogits.Values.Max(z => z.Max()); //~ LG0001
        var policies = new Dictionary<int, float[]>();
        foreach (KeyValuePair<int, float[]> entry in agentLogits)
        {
            float[] z = entry.Value;
            var p = new float[z.Length];
            float sum = 0f;
            for (int a = 0; a < z.Length; a++)
            {
                p[a] = MathF.Exp(z[a] - teamMax);
                sum += p[a];
            }

            for (int a = 0; a < z.Length; a++)
            {
                p[a] /= sum;
            }

            policies[entry.Key] = p;
        }

        return policies;
    }
}

// Idiom: actor-critic actor head per agent; exps by LINQ Select, normalised in a loop.
// Use: A2C-style agents; one logit row per agent.
// Layout: List<float[]> (one row per agent).
// Bug (LG0003): MathF.Exp of the raw logits inside the Select lambda, no max subtracted; logits above ~88 overflow.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut98.ActorCritic_RawListRows;

public static class ActorPolicies
{
    public static List<float[]> Policies(List<float[]> logitRows)
    {
        var policies = new List<float[]>(logitRows.Count);
        foreach (float[] row in logitRows)
        {
            float[] e = row.Select(l => MathF.Exp(l)).ToArray(); //~ LG0003
            float z = 0f;
            foreach (float v in e) z += v;
            for (int a = 0; a < e.Length; a++) e[a] /= z;
            policies.Add(e);
        }

        return policies;
    }
}

// Idiom: actor-critic output per agent (action logits + state value), the actor's policy as a LINQ softmax.
// Use: A2C-style agents in a game; the critic's value is carried along, the actor's logits become a policy.
// Layout: IReadOnlyList<AgentOutput> records, each with a double[] of logits (jagged).
// Correct.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut98.ActorCritic_LinqJagged;

public sealed record AgentOutput(double[] Logits, double Value);

public static class ActorHead
{
    public static double[][] Policies(IReadOnlyList<AgentOutput> outputs) =>
        outputs.Select(o => Softmax(o.Logits)).ToArray();

    private static double[] Softmax(double[] logits)
    {
        double max = logits.Max();
        double[] exps = logits.Select(l => Math.Exp(l - max)).ToArray();
        double sum = exps.Sum();
        return exps.Select(e => e / sum).ToArray();
    }
}

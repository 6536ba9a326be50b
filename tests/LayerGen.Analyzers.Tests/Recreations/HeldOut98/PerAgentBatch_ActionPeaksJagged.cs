// Idiom: per-agent batch softmax in LINQ; the shift vector computed once for the batch.
// Use: a batch of NPC brains evaluated together.
// Layout: jagged double[agents][actions].
// Bug (LG0004): peaks[a] is the max of action a over all agents (the batch axis), while each sum runs over one agent's
// actions; the shift differs per action, so the probabilities are wrong (and NaN when an agent sits far below another).
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut98.PerAgentBatch_ActionPeaksJagged;

public static class BatchPolicyLinq
{
    public static double[][] Policies(double[][] q)
    {
        int actions = q[0].Length;
        double[] peaks = Enumerable.Range(0, actions).Select(a => q.Max(row => row[a])).ToArray(); //~ LG0004
        return q.Select(row =>
        {
            double[] e = row.Select((v, a) => Math.Exp(v - peaks[a])).ToArray();
            double z = e.Sum();
            return e.Select(v => v / z).ToArray();
        }).ToArray();
    }
}

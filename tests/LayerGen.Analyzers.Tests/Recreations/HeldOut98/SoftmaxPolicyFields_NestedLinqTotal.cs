// Idiom: a squad policy component holding its Q values in a field; per-agent best values by LINQ, a LINQ normaliser.
// Use: Unity-style squad component; Probabilities() is called once per decision step.
// Layout: double[agents, actions] field (row-major 2D).
// Bug (LG0002): each agent is shifted by its own best Q value, but the normaliser is a nested Sum over every agent and
// action, so each agent's probabilities are divided by the whole squad's total.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut98.SoftmaxPolicyFields_NestedLinqTotal;

public sealed class SquadPolicy(double[,] q)
{
    private readonly double[,] _q = q;

    public double[,] Probabilities()
    {
        int agents = _q.GetLength(0), actions = _q.GetLength(1);
        var best = new double[agents];
        for (int g = 0; g < agents; g++) best[g] = Enumerable.Range(0, actions).Max(a => _q[g, a]);

        var e = new double[agents, actions];
        for (int g = 0; g < agents; g++)
        {
            for (int a = 0; a < actions; a++) e[g, a] = Math.Exp(_q[g, a] - best[g]);
        }

        double total = Enumerable.Range(0, agents).Sum(g => Enumerable.Range(0, actions).Sum(a => e[g, a])); //~ LG0002
        for (int g = 0; g < agents; g++)
        {
            for (int a = 0; a < actions; a++) e[g, a] /= total;
        }

        return e;
    }
}

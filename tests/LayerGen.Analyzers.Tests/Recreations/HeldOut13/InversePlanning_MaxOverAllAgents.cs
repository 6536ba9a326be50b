// Source: Bayesian inverse planning / goal inference (Baker, Saxe & Tenenbaum 2009), with one shift computed for
// the whole crowd of observed agents.
// Layout: IReadOnlyList of a record holding Dictionary<string, double> per observer.
// Bug: LG0001 — the shift is the maximum over every agent's goal log-likelihoods.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut13;

public sealed record CrowdAgent(string Name, Dictionary<string, double> GoalLogLikelihood);

public static class InversePlanning_MaxOverAllAgents
{
    public static List<Dictionary<string, double>> Infer(IReadOnlyList<CrowdAgent> agents, IReadOnlyDictionary<string, double> logPrior)
    {
        double best = agents.Max(a => a.GoalLogLikelihood.Max(kv => kv.Value + logPrior[kv.Key])); //~ LG0001
        var result = new List<Dictionary<string, double>>(agents.Count);
        foreach (CrowdAgent agent in agents)
        {
            var posterior = new Dictionary<string, double>();
            double z = 0.0;
            foreach (var (goal, ll) in agent.GoalLogLikelihood)
            {
                double w = Math.Exp(ll + logPrior[goal] - best);
                posterior[goal] = w;
                z += w;
            }
            foreach (string goal in posterior.Keys.ToList())
                posterior[goal] /= z;
            result.Add(posterior);
        }
        return result;
    }
}

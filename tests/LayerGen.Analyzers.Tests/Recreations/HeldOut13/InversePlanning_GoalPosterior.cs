// Source: Bayesian inverse planning / goal inference (Baker, Saxe & Tenenbaum 2009): each observed agent's
// Boltzmann-rational action log-likelihood per goal plus the goal log prior, normalised over goals.
// Layout: IReadOnlyList of a record holding Dictionary<string, double> per observer, LINQ Max over the entries.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut13;

public sealed record ObservedAgent(string Name, Dictionary<string, double> GoalLogLikelihood);

public static class InversePlanning_GoalPosterior
{
    public static List<Dictionary<string, double>> Infer(IReadOnlyList<ObservedAgent> agents, IReadOnlyDictionary<string, double> logPrior)
    {
        var result = new List<Dictionary<string, double>>(agents.Count);
        foreach (ObservedAgent agent in agents)
        {
            double best = agent.GoalLogLikelihood.Max(kv => kv.Value + logPrior[kv.Key]);
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

// Source: COMA counterfactual multi-agent policy gradients (Foerster et al. 2018; oxwhirl/pymarl `COMALearner`), the
// agents held in a dictionary keyed by agent id.
// Layout: `Dictionary<int, (double[] Logits, double[] Q)>` with deconstructed `foreach`, policies in a
// `Dictionary<int, double[]>`, the division in a second pass.
// Bug: LG0002 — the softmax normaliser `z` sums the exponentials of every agent's actions.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut19;

public static class ComaTotalOverAgents
{
    /// <summary>Per-agent policies and counterfactual baselines Σ π(a) Q(a).</summary>
    public static Dictionary<int, double> Baselines(
        Dictionary<int, (double[] Logits, double[] Q)> agents, Dictionary<int, double[]> policies)
    {
        double z = 0.0;
        foreach (var (id, (logits, _)) in agents)
        {
            double peak = logits[0];
            for (int a = 1; a < logits.Length; a++) peak = Math.Max(peak, logits[a]);
            var pi = new double[logits.Length];
            for (int a = 0; a < logits.Length; a++)
            {
                pi[a] = Math.Exp(logits[a] - peak);
                z += pi[a]; //~ LG0002
            }
            policies[id] = pi;
        }

        var baselines = new Dictionary<int, double>();
        foreach (var (id, (_, q)) in agents)
        {
            double[] pi = policies[id];
            double baseline = 0.0;
            for (int a = 0; a < pi.Length; a++)
            {
                pi[a] /= z;
                baseline += pi[a] * q[a];
            }
            baselines[id] = baseline;
        }
        return baselines;
    }
}

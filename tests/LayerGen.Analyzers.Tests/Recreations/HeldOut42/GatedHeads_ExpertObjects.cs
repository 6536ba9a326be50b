// Idiom: gated mixture layer: every expert owns its gate logits for the sequence, the per-token mixing weights are a
//        softmax over the experts at that token (LINQ over the expert objects)
// Layout: List<Expert>, each with a float[tokens] gate-logit array (expert-major); Dictionary<string, float[]> weights
// Correct
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut42.GatedHeads_ExpertObjects;

public sealed class Expert
{
    public Expert(string name, float[] gateLogits)
    {
        Name = name;
        GateLogits = gateLogits;
    }

    public string Name { get; }
    public float[] GateLogits { get; }
}

public static class GatedMixture
{
    public static Dictionary<string, float[]> MixingWeights(List<Expert> experts, int tokens)
    {
        var weights = experts.ToDictionary(x => x.Name, _ => new float[tokens]);
        for (int t = 0; t < tokens; t++)
        {
            float m = experts.Max(x => x.GateLogits[t]);
            float z = experts.Sum(x => MathF.Exp(x.GateLogits[t] - m));
            foreach (Expert x in experts)
                weights[x.Name][t] = MathF.Exp(x.GateLogits[t] - m) / z;
        }

        return weights;
    }
}

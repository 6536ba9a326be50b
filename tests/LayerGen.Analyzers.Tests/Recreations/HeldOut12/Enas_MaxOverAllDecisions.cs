// Source: ENAS controller sampling (Pham et al. 2018; enas `general_controller`): per decision, a softmax of the
// temperature-scaled logits over the choices. Layout: List<float[]> decisions; the shift is one LINQ `Aggregate`
// over every decision's max.
// Bug: LG0001 — the max spans all decisions of the architecture, not one decision's choices.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut12;

public static class Enas_MaxOverAllDecisions
{
    public static List<float[]> ChoiceProbabilities(List<float[]> decisions, float temperature)
    {
        float top = decisions.Aggregate(float.NegativeInfinity, (m, d) => MathF.Max(m, d.Max() / temperature)); //~ LG0001
        var result = new List<float[]>(decisions.Count);
        foreach (float[] logits in decisions)
        {
            float[] e = logits.Select(l => MathF.Exp(l / temperature - top)).ToArray();
            float z = e.Sum();
            result.Add(e.Select(v => v / z).ToArray());
        }

        return result;
    }
}

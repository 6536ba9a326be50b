// Source: Neural LP rule learning (Yang, Yang & Cohen 2017; fanyangxyz/Neural-LP): at every reasoning step the
// controller attends over the relation operators (plus identity), a softmax over the step's relation logits.
// Layout: List<RuleStep> of records holding a double[] of relation logits; the step's distribution is written into a
// new record via `with`; the peak comes from a static local function.
// Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut14;

public sealed record RuleStep(double[] RelationLogits, double[] Attention);

public static class NeuralLp_RelationAttention
{
    public static List<RuleStep> Attend(List<RuleStep> steps)
    {
        static double Peak(double[] x)
        {
            double m = x[0];
            for (int i = 1; i < x.Length; i++)
                m = Math.Max(m, x[i]);
            return m;
        }

        var result = new List<RuleStep>(steps.Count);
        foreach (RuleStep step in steps)
        {
            double[] logits = step.RelationLogits;
            double peak = Peak(logits);
            var a = new double[logits.Length];
            double sum = 0;
            for (int r = 0; r < a.Length; r++)
                sum += a[r] = Math.Exp(logits[r] - peak);
            for (int r = 0; r < a.Length; r++)
                a[r] /= sum;
            result.Add(step with { Attention = a });
        }
        return result;
    }
}

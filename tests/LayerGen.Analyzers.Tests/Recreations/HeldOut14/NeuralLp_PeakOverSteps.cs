// Source: Neural LP rule learning (Yang, Yang & Cohen 2017), a port that folds one stabiliser over the whole
// controller output with LINQ Aggregate.
// Layout: List<RuleStepLogits> of records holding a double[] of relation logits; each step normalised on its own.
// Bug LG0001: the maximum spans every reasoning step, not one step's relations.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut14;

public sealed record RuleStepLogits(double[] RelationLogits);

public static class NeuralLp_PeakOverSteps
{
    public static double[][] Attend(List<RuleStepLogits> steps)
    {
        double peak = steps.Aggregate(double.NegativeInfinity, (m, s) => Math.Max(m, s.RelationLogits.Max())); //~ LG0001
        var result = new double[steps.Count][];
        for (int t = 0; t < steps.Count; t++)
        {
            double[] logits = steps[t].RelationLogits;
            var a = new double[logits.Length];
            double sum = 0;
            for (int r = 0; r < a.Length; r++)
            {
                a[r] = Math.Exp(logits[r] - peak);
                sum += a[r];
            }
            for (int r = 0; r < a.Length; r++)
                a[r] /= sum;
            result[t] = a;
        }
        return result;
    }
}

// Idiom: step-selection / resource-selection function: at each step of a tracked animal the used location is compared
// with its own set of available locations; P(location) = exp(beta·x) / Σ over that step's available set. The score is a
// local function, the peak a foreach over the step's scores.
// Use: conditional-logit step selection (iSSF) of GPS-collared animals, probability surface per step.
// Layout: List<Step> records, each with a ragged double[location][covariate] available set; List<double[]> out.
// Correct: peak and total per step.
using System;
using System.Collections.Generic;

namespace HeldOut51.ResourceSelection_PerStepSets;

public sealed record Step(int Animal, int Time, double[][] Available);

public static class StepSelection
{
    public static List<double[]> Probabilities(List<Step> steps, double[] beta)
    {
        double Score(double[] x)
        {
            double s = 0.0;
            for (int k = 0; k < beta.Length; k++) s += beta[k] * x[k];
            return s;
        }

        var result = new List<double[]>(steps.Count);
        foreach (Step step in steps)
        {
            var score = new double[step.Available.Length];
            for (int i = 0; i < score.Length; i++) score[i] = Score(step.Available[i]);

            double peak = double.NegativeInfinity;
            foreach (double s in score)
            {
                if (s > peak) peak = s;
            }

            double total = 0.0;
            for (int i = 0; i < score.Length; i++)
            {
                score[i] = Math.Exp(score[i] - peak);
                total += score[i];
            }

            for (int i = 0; i < score.Length; i++) score[i] /= total;
            result.Add(score);
        }

        return result;
    }
}

// Idiom: Bayesian online changepoint detection (Adams & MacKay) — the run-length posterior at step t is the
// softmax over run lengths r = 0..t of the log joint log P(r_t, x_1:t); each step shifted by its own largest term.
// Use: normalising the growth/changepoint log joints of a BOCPD pass (computed elsewhere) step by step.
// Layout: ragged List<double[]> (step t holds t + 1 run lengths), Aggregate for the max, Select/Sum per step.
// Inspired by: BOCPD reference implementations (numerically stable log-space versions); own code.
// Label: Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut62.RunLengthPosterior_RaggedSteps;

public static class Changepoint
{
    public static List<double[]> RunLengthPosteriors(List<double[]> logJoint)
    {
        var posteriors = new List<double[]>(logJoint.Count);
        foreach (double[] step in logJoint)
        {
            double top = step.Aggregate(double.NegativeInfinity, Math.Max);
            double[] growth = step.Select(v => Math.Exp(v - top)).ToArray();
            double evidence = growth.Sum();
            posteriors.Add(Array.ConvertAll(growth, g => g / evidence));
        }

        return posteriors;
    }
}

// Idiom: EXP3 arm probabilities p_i = (1 - gamma) * w_i / sum_j w_j + gamma / K with w_i = exp(eta * G_i), eta = gamma / K,
// over the estimated cumulative gains of each arm (Auer et al.; the mixing step as public EXP3 learners write it), for
// several independent bandits. Written as our own code.
// Layout: IReadOnlyList<ArmStats[]> (a struct array per bandit); LINQ `arms.Select(arm => Math.Exp(eta * arm.EstimatedGain))`.
// Bug: LG0003 (the weights exponentiate the raw gains: +inf once eta * G passes ~709, NaN after the division).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut46.Exp3_RawArmWeights;

public struct ArmStats
{
    public double EstimatedGain;
    public int Pulls;
}

public static class Exp3
{
    public static double[][] Probabilities(IReadOnlyList<ArmStats[]> bandits, double gamma)
    {
        var probs = new double[bandits.Count][];
        for (int b = 0; b < bandits.Count; b++)
        {
            ArmStats[] arms = bandits[b];
            int k = arms.Length;
            double eta = gamma / k;
            double[] w = arms.Select(arm => Math.Exp(eta * arm.EstimatedGain)).ToArray(); //~ LG0003
            double sum = w.Sum();
            probs[b] = w.Select(x => ((1 - gamma) * x / sum) + (gamma / k)).ToArray();
        }

        return probs;
    }
}

// Idiom: MPPI weights per control step over the rollouts, step-major cost-to-go rows, the baseline taken "once for
// the whole plan" with LINQ.
// Layout: double[][] costToGo [step][rollout]; `costToGo.Min(step => step.Min())`.
// Bug (LG0001): the subtracted minimum spans every step of the horizon, not the step's own rollouts; a step whose
// costs sit far above the plan's cheapest step underflows to 0/0.
using System;
using System.Linq;

namespace HeldOut48.MppiSteps_MinOverHorizon;

public static class PathIntegral
{
    public static double[][] StepWeights(double[][] costToGo, double lambda)
    {
        double baseline = costToGo.Min(step => step.Min()); //~ LG0001
        var weights = new double[costToGo.Length][];
        for (int t = 0; t < costToGo.Length; t++)
        {
            double[] s = costToGo[t];
            var w = new double[s.Length];
            double eta = 0.0;
            for (int k = 0; k < s.Length; k++)
            {
                w[k] = Math.Exp(-(s[k] - baseline) / lambda);
                eta += w[k];
            }

            for (int k = 0; k < s.Length; k++)
            {
                w[k] /= eta;
            }

            weights[t] = w;
        }

        return weights;
    }
}

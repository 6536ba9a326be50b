// Idiom: MPPI / path-integral control weights per control step: the cost-to-go of every rollout from step t is turned
// into weights exp(-(S - S_min) / lambda) over the rollouts (the softmin of the MPPI papers and their public
// implementations, written per step; our own code).
// Layout: double[rollouts, horizon] cost-to-go; the softmin of step t runs down column t; `if` minimum fold.
// Correct: each step subtracts its own minimum cost over the rollouts and divides by its own sum.
using System;

namespace HeldOut48.MppiSteps_PerStepSoftmin;

public static class PathIntegral
{
    public static double[,] StepWeights(double[,] costToGo, double lambda)
    {
        int rollouts = costToGo.GetLength(0);
        int horizon = costToGo.GetLength(1);
        var weights = new double[rollouts, horizon];
        for (int t = 0; t < horizon; t++)
        {
            double minCost = double.PositiveInfinity;
            for (int k = 0; k < rollouts; k++)
            {
                if (costToGo[k, t] < minCost) minCost = costToGo[k, t];
            }

            double eta = 0.0;
            for (int k = 0; k < rollouts; k++)
            {
                double w = Math.Exp(-(costToGo[k, t] - minCost) / lambda);
                weights[k, t] = w;
                eta += w;
            }

            for (int k = 0; k < rollouts; k++)
            {
                weights[k, t] /= eta;
            }
        }

        return weights;
    }
}

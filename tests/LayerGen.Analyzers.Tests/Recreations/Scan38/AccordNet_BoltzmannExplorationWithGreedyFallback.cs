// Source: accord-net/framework Sources/Accord.MachineLearning/Exploration Policy/BoltzmannExploration.cs:105
// (re-created, not copied)
// Layout: one vector of action estimates (double[]), a Boltzmann exploration policy. Each action's weight is
// exp(estimate / temperature), no maximum subtracted, summed; when the sum is infinite or zero the policy falls back to
// a greedy pick of the largest estimate, otherwise it draws a uniform number and walks the normalised weights
// (weight / sum) until the running total reaches it. The fallback avoids the NaN but not the bug: estimates offset by
// +1000 (or any estimate / temperature above ~709) always give the greedy action where the Boltzmann draw should be
// unchanged by the offset, and an offset of −1000 does the same through a zero sum.
// Label: ChooseAction LG0003 (the un-shifted exp). Reported by the whole-repository scan (scan38): a true finding.
using System;

namespace Recreations.Scan38.AccordNet_BoltzmannExplorationWithGreedyFallback;

public sealed class BoltzmannExploration(double temperature, int seed)
{
    private readonly Random rand = new(seed);

    public double Temperature { get; } = temperature;

    public int ChooseAction(double[] actionEstimates)
    {
        int actionsCount = actionEstimates.Length;
        double[] actionProbabilities = new double[actionsCount];
        double sum = 0, probabilitiesSum = 0;
        for (int i = 0; i < actionsCount; i++)
        {
            double actionProbability = Math.Exp(actionEstimates[i] / Temperature); //~ LG0003
            actionProbabilities[i] = actionProbability;
            probabilitiesSum += actionProbability;
        }

        if (double.IsInfinity(probabilitiesSum) || probabilitiesSum == 0)
        {
            double maxReward = actionEstimates[0];
            int greedyAction = 0;
            for (int i = 1; i < actionsCount; i++)
            {
                if (actionEstimates[i] > maxReward)
                {
                    maxReward = actionEstimates[i];
                    greedyAction = i;
                }
            }

            return greedyAction;
        }

        double actionRandomNumber = rand.NextDouble();
        for (int i = 0; i < actionsCount; i++)
        {
            sum += actionProbabilities[i] / probabilitiesSum;
            if (actionRandomNumber <= sum)
            {
                return i;
            }
        }

        return actionsCount - 1;
    }
}

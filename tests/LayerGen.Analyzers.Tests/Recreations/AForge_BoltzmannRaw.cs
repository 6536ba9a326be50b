// Re-creation (our own code) of BoltzmannExploration.ChooseAction in cureos/aforge,
// Sources/MachineLearning/Exploration Policy/BoltzmannExploration.cs (RL exploration policy).
// Layout: one vector of action estimates (double[]). Bug: exp(Q/t) of raw estimates with no max subtracted;
// the source notices an infinite sum afterwards and falls back to a greedy pick, we keep only the
// probabilities. Q/t above ~709 overflows to infinity (inf/inf = NaN), below ~-745 underflows to 0/0.
using System;

namespace Recreations.AForgeBoltzmannRaw;

public sealed class BoltzmannExplorer
{
    private readonly double temperature;

    public BoltzmannExplorer(double temperature) => this.temperature = temperature;

    public double[] Probabilities(double[] actionEstimates)
    {
        int count = actionEstimates.Length;
        var probabilities = new double[count];
        double probabilitiesSum = 0;
        for (int i = 0; i < count; i++)
        {
            double weight = Math.Exp(actionEstimates[i] / temperature); //~ LG0003
            probabilities[i] = weight;
            probabilitiesSum += weight;
        }

        for (int i = 0; i < count; i++)
        {
            probabilities[i] /= probabilitiesSum;
        }

        return probabilities;
    }
}

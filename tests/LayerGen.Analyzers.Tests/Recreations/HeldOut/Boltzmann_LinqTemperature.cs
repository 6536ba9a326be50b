// Re-creation (our own code) of the softmax (Boltzmann) exploration policy in ooples/AiDotNet
// (src/ReinforcementLearning/Policies, "softmax policy ... Q-values ... temperature"), written with LINQ over the
// action values: probabilities proportional to exp((q - max q) / temperature).
// Layout: 1D IReadOnlyList<double>, LINQ Select with a lambda. Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut.BoltzmannLinqTemperature;

public sealed class SoftmaxPolicy
{
    public SoftmaxPolicy(double temperature) => Temperature = temperature;

    public double Temperature { get; }

    public double[] ActionProbabilities(IReadOnlyList<double> qValues)
    {
        double best = qValues.Max();
        var weights = qValues.Select(q => Math.Exp((q - best) / Temperature)).ToArray();
        double total = weights.Sum();
        return weights.Select(w => w / total).ToArray();
    }
}

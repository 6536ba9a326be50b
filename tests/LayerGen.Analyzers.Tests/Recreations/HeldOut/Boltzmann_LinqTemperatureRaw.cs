// Variant (our own code) of the Boltzmann exploration policy of ooples/AiDotNet (softmax policy over Q-values with a
// temperature): the values are divided by the temperature and exponentiated with no maximum subtracted, so a small
// temperature (sharp policy) overflows even for moderate Q-values.
// Layout: 1D IReadOnlyList<double>, LINQ. Bug (LG0003): exp of q / temperature, unshifted.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut.BoltzmannLinqTemperatureRaw;

public sealed class SoftmaxPolicy
{
    public SoftmaxPolicy(double temperature) => Temperature = temperature;

    public double Temperature { get; }

    public double[] ActionProbabilities(IReadOnlyList<double> qValues)
    {
        var weights = qValues.Select(q => Math.Exp(q / Temperature)).ToArray(); //~ LG0003
        double total = weights.Sum();
        return weights.Select(w => w / total).ToArray();
    }
}

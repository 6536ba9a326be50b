// Re-creation (our own code) of the Boltzmann exploration policy in cureos/aforge,
// Sources/MachineLearning/Exploration Policy/BoltzmannExploration.cs: p(a) = exp(Q(a)/t) / sum_b exp(Q(b)/t).
// The source exponentiates raw Q/t (see AForge_BoltzmannRaw.cs); this is the fixed form a careful port writes.
// Layout: one vector of action estimates (double[]) and a temperature. Correct: the max of Q is subtracted
// before dividing by the temperature, for the whole (single) vector.
using System;

namespace Recreations.AForgeBoltzmannShifted;

public sealed class BoltzmannPolicy
{
    public BoltzmannPolicy(double temperature) => Temperature = temperature;

    public double Temperature { get; }

    public double[] ActionProbabilities(double[] estimates)
    {
        double best = estimates[0];
        for (int a = 1; a < estimates.Length; a++)
        {
            best = Math.Max(best, estimates[a]);
        }

        var probabilities = new double[estimates.Length];
        double total = 0;
        for (int a = 0; a < estimates.Length; a++)
        {
            probabilities[a] = Math.Exp((estimates[a] - best) / Temperature);
            total += probabilities[a];
        }

        for (int a = 0; a < estimates.Length; a++)
        {
            probabilities[a] /= total;
        }

        return probabilities;
    }
}

// Source: Alex-made/EnvironmentSimulator SimulatedAnnealing/TransitionProbability.cs:12 at f35a0768eb88 (re-created,
// not copied)
// Layout: the simulated-annealing acceptance probability exp(−ΔE / T) of one candidate move, compared with a
// uniform draw by the caller; nothing is summed or normalised.
// Label: correct (look-alike: a Boltzmann factor, not a softmax).
using System;

namespace Recreations.AlexMadeEnvironmentSimulator_AnnealingAcceptance;

/// <summary>Acceptance probability of a move.</summary>
public static class TransitionProbability
{
    /// <summary>exp(−ΔE / T).</summary>
    public static double Evaluate(double deltaE, double temperature)
    {
        return Math.Exp(-deltaE / temperature);
    }
}

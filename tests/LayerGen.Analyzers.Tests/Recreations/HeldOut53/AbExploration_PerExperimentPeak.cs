// Idiom: Boltzmann (softmax) exploration over the variants of each A/B experiment, as an experimentation service picks
// the variant a visitor is assigned to; mean rewards divided by a temperature, the best reward found with LINQ Max.
// Layout: Dictionary<string, List<Variant>> (experiment id -> its variants; experiments have different variant counts).
// Inspired by: Boltzmann-exploration bandit code found with the code search (armlynobinguar/Reinforcement-Learning-101
// 08_Bandits/exploration_strategies/boltzmann.py, exp(q / tau) / sum; carrknight's oxfish SoftmaxBanditAlgorithm);
// our own code, nothing copied.
// Correct: each experiment's own best mean reward is subtracted before the exp.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut53.AbExploration_PerExperimentPeak;

public sealed record Variant(string Name, double MeanReward, int Impressions);

public sealed class ExplorationPolicy
{
    private readonly double _temperature;

    public ExplorationPolicy(double temperature) => _temperature = temperature;

    public Dictionary<string, double[]> AssignmentProbabilities(IReadOnlyDictionary<string, List<Variant>> experiments)
    {
        var result = new Dictionary<string, double[]>();
        foreach (var (experimentId, variants) in experiments)
        {
            double best = variants.Max(v => v.MeanReward);
            var weights = new double[variants.Count];
            double total = 0;
            for (int i = 0; i < variants.Count; i++)
            {
                weights[i] = Math.Exp((variants[i].MeanReward - best) / _temperature);
                total += weights[i];
            }

            for (int i = 0; i < weights.Length; i++)
            {
                weights[i] /= total;
            }

            result[experimentId] = weights;
        }

        return result;
    }
}

// Source: game-AI Boltzmann (softmax) action selection in C# (utility-AI / behaviour-selection code: options as
// records with a utility, temperature-scaled, max found with Aggregate).
// Layout: IReadOnlyList<Option> of one agent's options; softmax over the options at temperature T.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut7.BoltzmannRecordAggregate
{
    public sealed record Option(string Name, double Utility);

    public static class BoltzmannSelector
    {
        public static double[] Probabilities(IReadOnlyList<Option> options, double temperature)
        {
            double best = options.Aggregate(double.NegativeInfinity, (m, o) => Math.Max(m, o.Utility));
            double[] weights = options.Select(o => Math.Exp((o.Utility - best) / temperature)).ToArray();
            double total = weights.Sum();
            for (int i = 0; i < weights.Length; i++)
            {
                weights[i] /= total;
            }

            return weights;
        }

        public static Option Pick(IReadOnlyList<Option> options, double temperature, Random random)
        {
            double[] p = Probabilities(options, temperature);
            double u = random.NextDouble();
            for (int i = 0; i < p.Length; i++)
            {
                u -= p[i];
                if (u <= 0) return options[i];
            }

            return options[options.Count - 1];
        }
    }
}

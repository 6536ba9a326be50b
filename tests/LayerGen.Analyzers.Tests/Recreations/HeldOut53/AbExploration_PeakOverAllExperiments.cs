// Idiom: Boltzmann exploration snapshot over all running A/B experiments (a nightly job writes the assignment
// probabilities of every experiment's variants); reward divided by a temperature.
// Layout: IReadOnlyList<Experiment> records, each with its own double[] of variant rewards; List<double[]> out.
// Bug (LG0001): the peak reward is folded over every experiment's variants, not per experiment; an experiment whose
// rewards sit far below the best experiment's underflows to 0/0.
using System;
using System.Collections.Generic;

namespace HeldOut53.AbExploration_PeakOverAllExperiments;

public sealed record Experiment(string Id, double[] VariantRewards);

public static class ExplorationSnapshot
{
    public static List<double[]> Probabilities(IReadOnlyList<Experiment> experiments, double temperature)
    {
        double peak = double.NegativeInfinity;
        foreach (var experiment in experiments)
        {
            foreach (double reward in experiment.VariantRewards)
            {
                if (reward > peak) peak = reward; //~ LG0001
            }
        }

        var probabilities = new List<double[]>(experiments.Count);
        foreach (var experiment in experiments)
        {
            double[] rewards = experiment.VariantRewards;
            var p = new double[rewards.Length];
            double z = 0;
            for (int v = 0; v < rewards.Length; v++)
            {
                p[v] = Math.Exp((rewards[v] - peak) / temperature);
                z += p[v];
            }

            for (int v = 0; v < p.Length; v++)
            {
                p[v] /= z;
            }

            probabilities.Add(p);
        }

        return probabilities;
    }
}

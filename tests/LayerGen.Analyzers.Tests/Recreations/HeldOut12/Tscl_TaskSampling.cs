// Source: Teacher–Student Curriculum Learning (Matiisen et al. 2017; the "Boltzmann" teacher): the next task is
// sampled from a Boltzmann distribution over the magnitude of each task's learning-progress slope (the caller stores
// |slope|). Layout: Dictionary<string, double> task → progress, LINQ `Max` over the values, dictionary output.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut12;

public static class Tscl_TaskSampling
{
    public static Dictionary<string, double> TaskProbabilities(IReadOnlyDictionary<string, double> progress, double temperature)
    {
        double top = progress.Values.Max(v => v / temperature);
        var weights = new Dictionary<string, double>(progress.Count);
        double z = 0.0;
        foreach (KeyValuePair<string, double> kv in progress)
        {
            double w = Math.Exp(kv.Value / temperature - top);
            weights[kv.Key] = w;
            z += w;
        }

        foreach (string task in weights.Keys.ToList())
        {
            weights[task] /= z;
        }

        return weights;
    }
}

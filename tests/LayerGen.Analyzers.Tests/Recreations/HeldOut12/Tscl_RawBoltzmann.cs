// Source: Teacher–Student Curriculum Learning (Matiisen et al. 2017), Boltzmann teacher over |learning progress|.
// Layout: Dictionary<string, double>, deconstructed `foreach`, dictionary output.
// Bug: LG0003 — exp(progress / τ) is taken unshifted; a small τ overflows it.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut12;

public static class Tscl_RawBoltzmann
{
    public static Dictionary<string, double> TaskProbabilities(IReadOnlyDictionary<string, double> progress, double temperature)
    {
        var weights = new Dictionary<string, double>(progress.Count);
        double z = 0.0;
        foreach ((string task, double slope) in progress)
        {
            double w = Math.Exp(slope / temperature); //~ LG0003
            weights[task] = w;
            z += w;
        }

        var probs = new Dictionary<string, double>(weights.Count);
        foreach ((string task, double w) in weights)
        {
            probs[task] = w / z;
        }

        return probs;
    }
}

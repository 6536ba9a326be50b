// Source: integrated step-selection functions (Fortin et al. 2005; Avgar et al. 2016; the R package `amt`
// `fit_issf`): within each stratum (one observed step and its random available steps), P(step) ∝ exp(β · x).
// Layout: List of strata, each a `StepCandidate[]` of readonly record structs (habitat, step length, turn cosine);
// per-stratum peaks in a list filled by a `foreach`.
// Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut12;

public readonly record struct StepCandidate(double Habitat, double StepLength, double TurnCosine);

public static class StepSelection_UsedVersusAvailable
{
    public static List<double[]> StepProbabilities(List<StepCandidate[]> strata, double betaHabitat, double betaLength, double betaTurn)
    {
        var peaks = new List<double>(strata.Count);
        foreach (StepCandidate[] stratum in strata)
        {
            double best = double.NegativeInfinity;
            foreach (StepCandidate c in stratum)
            {
                best = Math.Max(best, betaHabitat * c.Habitat + betaLength * c.StepLength + betaTurn * c.TurnCosine);
            }

            peaks.Add(best);
        }

        var result = new List<double[]>(strata.Count);
        for (int s = 0; s < strata.Count; s++)
        {
            StepCandidate[] stratum = strata[s];
            var p = new double[stratum.Length];
            double z = 0.0;
            for (int i = 0; i < stratum.Length; i++)
            {
                StepCandidate c = stratum[i];
                p[i] = Math.Exp(betaHabitat * c.Habitat + betaLength * c.StepLength + betaTurn * c.TurnCosine - peaks[s]);
                z += p[i];
            }

            for (int i = 0; i < p.Length; i++)
            {
                p[i] /= z;
            }

            result.Add(p);
        }

        return result;
    }
}

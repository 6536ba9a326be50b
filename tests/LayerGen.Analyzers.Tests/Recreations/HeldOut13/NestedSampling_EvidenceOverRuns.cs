// Source: nested sampling posterior weights (Skilling 2006; dynesty), combining several runs but keeping one
// evidence total for all of them.
// Layout: list of a sealed class with get-only array properties.
// Bug: LG0002 — the evidence is summed over every run's points.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut13;

public sealed class NestedRunData
{
    public NestedRunData(double[] logLikelihood, double[] logVolumeWidth)
    {
        LogLikelihood = logLikelihood;
        LogVolumeWidth = logVolumeWidth;
    }

    public double[] LogLikelihood { get; }

    public double[] LogVolumeWidth { get; }
}

public static class NestedSampling_EvidenceOverRuns
{
    public static List<double[]> Weights(IReadOnlyList<NestedRunData> runs)
    {
        var all = new List<double[]>(runs.Count);
        double evidence = 0.0;
        foreach (NestedRunData run in runs)
        {
            double peak = double.NegativeInfinity;
            for (int i = 0; i < run.LogLikelihood.Length; i++)
                peak = Math.Max(peak, run.LogLikelihood[i] + run.LogVolumeWidth[i]);
            var w = new double[run.LogLikelihood.Length];
            for (int i = 0; i < w.Length; i++)
            {
                w[i] = Math.Exp(run.LogLikelihood[i] + run.LogVolumeWidth[i] - peak);
                evidence += w[i]; //~ LG0002
            }
            all.Add(w);
        }
        foreach (double[] w in all)
            for (int i = 0; i < w.Length; i++)
                w[i] /= evidence;
        return all;
    }
}

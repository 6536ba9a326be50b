// Source: nested sampling posterior weights (Skilling 2006; dynesty `Results.importance_weights`): for each run,
// log w_i = log L_i + log ΔX_i, normalised by the run's evidence Z = Σ w_i.
// Layout: list of a sealed class with get-only array properties, one run per slice; local function for the peak.
// Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut13;

public sealed class NestedRun
{
    public NestedRun(double[] logLikelihood, double[] logVolumeWidth)
    {
        LogLikelihood = logLikelihood;
        LogVolumeWidth = logVolumeWidth;
    }

    public double[] LogLikelihood { get; }

    public double[] LogVolumeWidth { get; }
}

public static class NestedSampling_PosteriorWeights
{
    public static List<double[]> Weights(IReadOnlyList<NestedRun> runs)
    {
        var all = new List<double[]>(runs.Count);
        foreach (NestedRun run in runs)
        {
            double peak = Peak(run);
            var w = new double[run.LogLikelihood.Length];
            double evidence = 0.0;
            for (int i = 0; i < w.Length; i++)
            {
                w[i] = Math.Exp(run.LogLikelihood[i] + run.LogVolumeWidth[i] - peak);
                evidence += w[i];
            }
            for (int i = 0; i < w.Length; i++)
                w[i] /= evidence;
            all.Add(w);
        }
        return all;

        static double Peak(NestedRun r)
        {
            double m = double.NegativeInfinity;
            for (int i = 0; i < r.LogLikelihood.Length; i++)
                m = Math.Max(m, r.LogLikelihood[i] + r.LogVolumeWidth[i]);
            return m;
        }
    }
}

// Correct: a row stored under a constant key (or a constant index) inside the runs loop keeps only the last pass's row,
// and the total, reset at the top of every pass and read after the loop, is that last row's own total. The slot is
// not the runs loop's row (see docs/rules/LG0002.md, "What is not reported"): a total reset per pass and divided
// after the loop must stay silent here, unlike the same division over rows stored under per-pass keys.
// Source: "keep the latest posterior" loops of sequential Monte Carlo / nested-sampling ports (the shape of HeldOut13's
// NestedSampling_EvidenceOverRuns, with the store overwritten per run).
// Layouts: a Dictionary<string, double[]> slot "last" of runs' log-weights (records); a double[1][] slot of jagged runs.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.ConstantKeySlotLastRowTotal;

public sealed class Run
{
    public Run(string name, double[] logWeight) { Name = name; LogWeight = logWeight; }

    public string Name { get; }

    public double[] LogWeight { get; }
}

public static class LatestPosterior
{
    public static Dictionary<string, double[]> ConstantKey(IReadOnlyList<Run> runs)
    {
        var latest = new Dictionary<string, double[]>();
        double total = 0.0;
        foreach (Run run in runs)
        {
            total = 0.0;
            double peak = run.LogWeight.Max();
            var w = new double[run.LogWeight.Length];
            for (int i = 0; i < w.Length; i++)
            {
                w[i] = Math.Exp(run.LogWeight[i] - peak);
                total += w[i];
            }

            latest["last"] = w;
        }

        foreach (double[] w in latest.Values)
        {
            for (int i = 0; i < w.Length; i++) w[i] /= total;
        }

        return latest;
    }

    public static double[][] ConstantIndex(double[][] runs)
    {
        var latest = new double[1][];
        double total = 0.0;
        for (int r = 0; r < runs.Length; r++)
        {
            total = 0.0;
            double peak = runs[r].Max();
            var w = new double[runs[r].Length];
            for (int i = 0; i < w.Length; i++)
            {
                w[i] = Math.Exp(runs[r][i] - peak);
                total += w[i];
            }

            latest[0] = w;
        }

        for (int i = 0; i < latest[0].Length; i++) latest[0][i] /= total;
        return latest;
    }
}

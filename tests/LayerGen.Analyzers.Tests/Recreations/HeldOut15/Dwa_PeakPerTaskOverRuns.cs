// HeldOut15 — Dwa_PeakPerTaskOverRuns
// Source: Dynamic Weight Average (Liu et al. 2019, MTAN), a sweep port that keeps each run's last
// two epochs as a tuple.
// Layout: List<(double[] Previous, double[] Last)> per run (tasks each); weights double[runs][tasks].
// Bug (LG0004): the shift is each task's peak ratio over the runs, while the sum runs over the tasks
// of each run.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut15;

public static class Dwa_PeakPerTaskOverRuns
{
    /// <summary>Next-epoch task weights λ (summing to K) per run.</summary>
    public static double[][] NextWeights(List<(double[] Previous, double[] Last)> runs, double temperature)
    {
        int tasks = runs[0].Last.Length;
        var taskPeak = new double[tasks];
        Array.Fill(taskPeak, double.NegativeInfinity);
        foreach (var (previous, last) in runs)
            for (int k = 0; k < tasks; k++)
                taskPeak[k] = Math.Max(taskPeak[k], last[k] / previous[k] / temperature); //~ LG0004

        var weights = new double[runs.Count][];
        for (int r = 0; r < runs.Count; r++)
        {
            var (previous, last) = runs[r];
            var w = new double[tasks];
            double z = 0;
            for (int k = 0; k < tasks; k++) z += w[k] = Math.Exp(last[k] / previous[k] / temperature - taskPeak[k]);
            for (int k = 0; k < tasks; k++) w[k] = tasks * w[k] / z;
            weights[r] = w;
        }
        return weights;
    }
}

// Correct look-alikes: Dynamic Weight Average task weights of a sweep of runs whose loss rows are kept as the
// elements of tuples and records; each run's shift is the peak over its own tasks, as its sum is.
// Source: the shape of HeldOut15's Dwa_TaskWeights (Liu et al. 2019, MTAN, lorenmt/mtan: λ_k = K ·
// softmax(L_k(t−1) / L_k(t−2) / T)), written in the spellings of TupleRows_PeakPerTaskOverRuns.
// Layout: List<(double[] Previous, double[] Last)> read through runs[r].Last and a deconstructed element; an array of
// unnamed tuples walked by foreach with Item1/Item2; a positional record deconstructed in foreach; a readonly record
// struct read through a copied element and its members.
using System;
using System.Collections.Generic;

namespace Recreations.TupleRowsPerRunWeights;

public sealed record LossPair(double[] Previous, double[] Last);

public readonly record struct LossWindow(float[] Previous, float[] Last);

public static class TupleRowsPerRunWeights
{
    /// <summary>Named tuple elements: the peak reads runs[r].Last, the softmax a deconstructed element.</summary>
    public static double[][] NamedTuples(List<(double[] Previous, double[] Last)> runs, double temperature)
    {
        int tasks = runs[0].Last.Length;
        var weights = new double[runs.Count][];
        for (int r = 0; r < runs.Count; r++)
        {
            double peak = double.NegativeInfinity;
            for (int k = 0; k < tasks; k++) peak = Math.Max(peak, runs[r].Last[k] / runs[r].Previous[k] / temperature);
            var (previous, last) = runs[r];
            var w = new double[tasks];
            double z = 0;
            for (int k = 0; k < tasks; k++)
            {
                w[k] = Math.Exp(last[k] / previous[k] / temperature - peak);
                z += w[k];
            }
            for (int k = 0; k < tasks; k++) w[k] = tasks * w[k] / z;
            weights[r] = w;
        }
        return weights;
    }

    /// <summary>Unnamed tuples: Item1/Item2 in both the peak's foreach and the softmax's loop.</summary>
    public static List<double[]> UnnamedTuples((double[], double[])[] runs, double temperature)
    {
        var weights = new List<double[]>();
        foreach (var run in runs)
        {
            int tasks = run.Item2.Length;
            double peak = double.NegativeInfinity;
            for (int k = 0; k < tasks; k++)
            {
                double ratio = run.Item2[k] / run.Item1[k] / temperature;
                if (ratio > peak) peak = ratio;
            }
            var w = new double[tasks];
            double z = 0;
            for (int k = 0; k < tasks; k++)
            {
                w[k] = Math.Exp(run.Item2[k] / run.Item1[k] / temperature - peak);
                z += w[k];
            }
            for (int k = 0; k < tasks; k++) w[k] *= tasks / z;
            weights.Add(w);
        }
        return weights;
    }

    /// <summary>A positional record deconstructed in the walk.</summary>
    public static List<double[]> Records(IReadOnlyList<LossPair> runs, double temperature)
    {
        var weights = new List<double[]>();
        foreach (var (previous, last) in runs)
        {
            int tasks = last.Length;
            double peak = double.NegativeInfinity;
            for (int k = 0; k < tasks; k++) peak = Math.Max(peak, last[k] / previous[k] / temperature);
            var w = new double[tasks];
            double z = 0;
            for (int k = 0; k < tasks; k++) z += w[k] = Math.Exp(last[k] / previous[k] / temperature - peak);
            for (int k = 0; k < tasks; k++) w[k] = tasks * w[k] / z;
            weights.Add(w);
        }
        return weights;
    }

    /// <summary>A record struct: the peak walks the element's members, the softmax a copied element.</summary>
    public static float[][] RecordStructs(LossWindow[] runs, float temperature)
    {
        int tasks = runs[0].Last.Length;
        var weights = new float[runs.Length][];
        for (int r = 0; r < runs.Length; r++)
        {
            float peak = float.NegativeInfinity;
            for (int k = 0; k < tasks; k++) peak = MathF.Max(peak, runs[r].Last[k] / runs[r].Previous[k] / temperature);
            LossWindow run = runs[r];
            var w = new float[tasks];
            float z = 0f;
            for (int k = 0; k < tasks; k++) z += w[k] = MathF.Exp(run.Last[k] / run.Previous[k] / temperature - peak);
            for (int k = 0; k < tasks; k++) w[k] = tasks * w[k] / z;
            weights[r] = w;
        }
        return weights;
    }
}

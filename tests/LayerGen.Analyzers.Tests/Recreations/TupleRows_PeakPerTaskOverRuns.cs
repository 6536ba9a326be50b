// Bug variants (LG0004): Dynamic Weight Average task weights of a sweep of runs whose loss rows are kept as the
// elements of tuples and records, with the shift taken per task over all runs while the sum runs over the tasks of
// one run.
// Source: the shape of HeldOut15's Dwa_PeakPerTaskOverRuns (Liu et al. 2019, MTAN, lorenmt/mtan: λ_k = K ·
// softmax(L_k(t−1) / L_k(t−2) / T)), written anew in the other spellings of a row held in a tuple or a record.
// Layout: List<(double[] Previous, double[] Last)> read through runs[r].Last and a deconstructed element; an array of
// unnamed tuples walked by foreach with Item1/Item2; a positional record deconstructed in foreach; a readonly record
// struct read through a copied element and its members.
using System;
using System.Collections.Generic;

namespace Recreations.TupleRowsPeakPerTaskOverRuns;

public sealed record LossPair(double[] Previous, double[] Last);

public readonly record struct LossWindow(float[] Previous, float[] Last);

public static class TupleRowsPeakPerTaskOverRuns
{
    /// <summary>Named tuple elements: the peak reads runs[r].Last, the softmax a deconstructed element.</summary>
    public static double[][] NamedTuples(List<(double[] Previous, double[] Last)> runs, double temperature)
    {
        int tasks = runs[0].Last.Length;
        var peak = new double[tasks];
        Array.Fill(peak, double.NegativeInfinity);
        for (int r = 0; r < runs.Count; r++)
            for (int k = 0; k < tasks; k++)
                peak[k] = Math.Max(peak[k], runs[r].Last[k] / runs[r].Previous[k] / temperature); //~ LG0004

        var weights = new double[runs.Count][];
        for (int r = 0; r < runs.Count; r++)
        {
            var (previous, last) = runs[r];
            var w = new double[tasks];
            double z = 0;
            for (int k = 0; k < tasks; k++)
            {
                w[k] = Math.Exp(last[k] / previous[k] / temperature - peak[k]);
                z += w[k];
            }
            for (int k = 0; k < tasks; k++) w[k] = tasks * w[k] / z;
            weights[r] = w;
        }
        return weights;
    }

    /// <summary>Unnamed tuples: Item1/Item2 in both the peak's foreach and the softmax's indexed loop.</summary>
    public static double[,] UnnamedTuples((double[], double[])[] runs, double temperature)
    {
        int tasks = runs[0].Item2.Length;
        var peak = new double[tasks];
        for (int k = 0; k < tasks; k++) peak[k] = double.NegativeInfinity;
        foreach (var run in runs)
            for (int k = 0; k < tasks; k++)
            {
                double ratio = run.Item2[k] / run.Item1[k] / temperature;
                if (ratio > peak[k]) peak[k] = ratio; //~ LG0004
            }

        var lambda = new double[runs.Length, tasks];
        for (int r = 0; r < runs.Length; r++)
        {
            double z = 0;
            for (int k = 0; k < tasks; k++)
            {
                lambda[r, k] = Math.Exp(runs[r].Item2[k] / runs[r].Item1[k] / temperature - peak[k]);
                z += lambda[r, k];
            }
            for (int k = 0; k < tasks; k++) lambda[r, k] *= tasks / z;
        }
        return lambda;
    }

    /// <summary>A positional record deconstructed in both walks.</summary>
    public static List<double[]> Records(IReadOnlyList<LossPair> runs, double temperature)
    {
        int tasks = runs[0].Last.Length;
        var peak = new double[tasks];
        Array.Fill(peak, double.NegativeInfinity);
        foreach (var (previous, last) in runs)
            for (int k = 0; k < tasks; k++)
                peak[k] = Math.Max(peak[k], last[k] / previous[k] / temperature); //~ LG0004

        var weights = new List<double[]>();
        foreach (var (previous, last) in runs)
        {
            var w = new double[tasks];
            double z = 0;
            for (int k = 0; k < tasks; k++) z += w[k] = Math.Exp(last[k] / previous[k] / temperature - peak[k]);
            for (int k = 0; k < tasks; k++) w[k] = tasks * w[k] / z;
            weights.Add(w);
        }
        return weights;
    }

    /// <summary>A record struct: the peak walks the members of each element, the softmax a copied element.</summary>
    public static float[][] RecordStructs(LossWindow[] runs, float temperature)
    {
        int tasks = runs[0].Last.Length;
        var peak = new float[tasks];
        Array.Fill(peak, float.NegativeInfinity);
        for (int r = 0; r < runs.Length; r++)
            for (int k = 0; k < tasks; k++)
                peak[k] = MathF.Max(peak[k], runs[r].Last[k] / runs[r].Previous[k] / temperature); //~ LG0004

        var weights = new float[runs.Length][];
        for (int r = 0; r < runs.Length; r++)
        {
            LossWindow run = runs[r];
            var w = new float[tasks];
            float z = 0f;
            for (int k = 0; k < tasks; k++) z += w[k] = MathF.Exp(run.Last[k] / run.Previous[k] / temperature - peak[k]);
            for (int k = 0; k < tasks; k++) w[k] = tasks * w[k] / z;
            weights[r] = w;
        }
        return weights;
    }
}

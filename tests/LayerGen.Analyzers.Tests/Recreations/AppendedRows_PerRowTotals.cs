// Correct twins of AppendedRows_TotalOverEveryRow: rows allocated afresh per row and appended to a list (or stored
// into a dictionary), each divided by its own total, also when the division happens in a separate pass that reads
// the row's total by index or by key, and when a grand total over every row is kept only as a statistic.
// Source: the shape of HeldOut13's NestedSampling_PosteriorWeights / NestedSampling_EvidenceOverRuns (dynesty-style
// nested sampling runs), written anew with other containers, loop forms and division passes.
// Layout: IReadOnlyList of a class with array properties walked by index; jagged double[][] rows by foreach;
// IReadOnlyList<float[]> rows by a while loop; a Dictionary<string, double[]> filled per named run.
using System;
using System.Collections.Generic;

namespace Recreations.AppendedRowsPerRowTotals;

public sealed class ChainRun
{
    public ChainRun(string name, double[] logWeight)
    {
        Name = name;
        LogWeight = logWeight;
    }

    public string Name { get; }

    public double[] LogWeight { get; }
}

public static class PerRowTotals
{
    public static List<double[]> TotalsReadByIndex(IReadOnlyList<ChainRun> runs)
    {
        var weights = new List<double[]>();
        var totals = new List<double>();
        for (int r = 0; r < runs.Count; r++)
        {
            ChainRun run = runs[r];
            double peak = double.NegativeInfinity;
            foreach (double v in run.LogWeight)
                peak = Math.Max(peak, v);
            var w = new double[run.LogWeight.Length];
            double total = 0.0;
            for (int i = 0; i < w.Length; i++)
            {
                w[i] = Math.Exp(run.LogWeight[i] - peak);
                total += w[i];
            }

            weights.Add(w);
            totals.Add(total);
        }

        for (int r = 0; r < weights.Count; r++)
            for (int i = 0; i < weights[r].Length; i++)
                weights[r][i] /= totals[r];
        return weights;
    }

    public static List<double[]> DividedBeforeAppending(double[][] logits, out double logEvidence)
    {
        var rows = new List<double[]>(logits.Length);
        double grand = 0.0;
        foreach (double[] x in logits)
        {
            double top = x[0];
            for (int j = 1; j < x.Length; j++)
                if (x[j] > top) top = x[j];
            double[] e = new double[x.Length];
            double z = 0.0;
            for (int j = 0; j < x.Length; j++)
            {
                e[j] = Math.Exp(x[j] - top);
                z += e[j];
            }

            grand += z;
            for (int j = 0; j < x.Length; j++)
                e[j] /= z;
            rows.Add(e);
        }

        logEvidence = Math.Log(grand);
        return rows;
    }

    public static List<float[]> WhileOverRowsWithMassArray(IReadOnlyList<float[]> scores, float temperature)
    {
        var result = new List<float[]>();
        var mass = new float[scores.Count];
        int r = 0;
        while (r < scores.Count)
        {
            float[] s = scores[r];
            float best = float.NegativeInfinity;
            for (int k = 0; k < s.Length; k++)
                best = MathF.Max(best, s[k] / temperature);
            float[] p = new float[s.Length];
            int k2 = 0;
            while (k2 < s.Length)
            {
                p[k2] = MathF.Exp(s[k2] / temperature - best);
                mass[r] += p[k2];
                k2++;
            }

            result.Add(p);
            r++;
        }

        for (int q = 0; q < result.Count; q++)
        {
            float inverse = 1f / mass[q];
            for (int k = 0; k < result[q].Length; k++)
                result[q][k] *= inverse;
        }

        return result;
    }

    public static Dictionary<string, double[]> NamedRunsWithOwnEvidence(IEnumerable<ChainRun> runs)
    {
        var byName = new Dictionary<string, double[]>();
        foreach (ChainRun run in runs)
        {
            double peak = double.NegativeInfinity;
            for (int i = 0; i < run.LogWeight.Length; i++)
                peak = Math.Max(peak, run.LogWeight[i]);
            var w = new double[run.LogWeight.Length];
            double evidence = 0.0;
            for (int i = 0; i < w.Length; i++)
            {
                w[i] = Math.Exp(run.LogWeight[i] - peak);
                evidence += w[i];
            }

            for (int i = 0; i < w.Length; i++)
                w[i] /= evidence;
            byName[run.Name] = w;
        }

        return byName;
    }
}

// Bug variants: a normaliser summed over every row of a batch whose rows are allocated afresh per row and appended
// to a list (or stored into a dictionary), then divided out in a separate pass over that list (LG0002: each row sums
// to its share of the batch total).
// Source: the shape of HeldOut13's NestedSampling_EvidenceOverRuns (dynesty-style nested sampling runs combined with
// one evidence), written anew with other containers, loop forms and division passes.
// Layout: IReadOnlyList of a class with array properties walked by index; jagged double[][] rows by foreach with a
// List<double[]> divided by index; IEnumerable<float[]> rows walked by a while loop over its enumerator-free index
// copy; a Dictionary<string, double[]> filled per named run and divided through .Values.
using System;
using System.Collections.Generic;

namespace Recreations.AppendedRowsTotalOverEveryRow;

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

public static class TotalOverEveryRow
{
    public static List<double[]> RunsByIndex(IReadOnlyList<ChainRun> runs)
    {
        var weights = new List<double[]>();
        double total = 0.0;
        for (int r = 0; r < runs.Count; r++)
        {
            ChainRun run = runs[r];
            double peak = double.NegativeInfinity;
            foreach (double v in run.LogWeight)
                peak = Math.Max(peak, v);
            var w = new double[run.LogWeight.Length];
            for (int i = 0; i < w.Length; i++)
            {
                w[i] = Math.Exp(run.LogWeight[i] - peak);
                total += w[i]; //~ LG0002
            }

            weights.Add(w);
        }

        foreach (double[] w in weights)
            for (int i = 0; i < w.Length; i++)
                w[i] /= total;
        return weights;
    }

    public static List<double[]> JaggedRowsDividedByIndex(double[][] logits)
    {
        var rows = new List<double[]>(logits.Length);
        double z = 0.0;
        foreach (double[] x in logits)
        {
            double top = x[0];
            for (int j = 1; j < x.Length; j++)
                if (x[j] > top) top = x[j];
            double[] e = new double[x.Length];
            for (int j = 0; j < x.Length; j++)
            {
                e[j] = Math.Exp(x[j] - top);
                z += e[j]; //~ LG0002
            }

            rows.Add(e);
        }

        for (int r = 0; r < rows.Count; r++)
            for (int j = 0; j < rows[r].Length; j++)
                rows[r][j] /= z;
        return rows;
    }

    public static List<float[]> WhileOverRows(IReadOnlyList<float[]> scores, float temperature)
    {
        var result = new List<float[]>();
        float mass = 0f;
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
                mass += p[k2]; //~ LG0002
                k2++;
            }

            result.Add(p);
            r++;
        }

        foreach (float[] p in result)
            for (int k = 0; k < p.Length; k++)
                p[k] *= 1f / mass;
        return result;
    }

    public static Dictionary<string, double[]> NamedRunsThroughValues(IEnumerable<ChainRun> runs)
    {
        var byName = new Dictionary<string, double[]>();
        double evidence = 0.0;
        foreach (ChainRun run in runs)
        {
            double peak = double.NegativeInfinity;
            for (int i = 0; i < run.LogWeight.Length; i++)
                peak = Math.Max(peak, run.LogWeight[i]);
            var w = new double[run.LogWeight.Length];
            for (int i = 0; i < w.Length; i++)
            {
                w[i] = Math.Exp(run.LogWeight[i] - peak);
                evidence += w[i]; //~ LG0002
            }

            byName[run.Name] = w;
        }

        foreach (double[] w in byName.Values)
            for (int i = 0; i < w.Length; i++)
                w[i] /= evidence;
        return byName;
    }
}

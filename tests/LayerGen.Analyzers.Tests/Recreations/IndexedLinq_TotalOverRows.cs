// Bug variants: per-row shifts read through LINQ's index overload (Select((row, i) => …)), with the normaliser the sum
// of every row's exps: each row's probabilities then sum to its share of the total, not to 1 (LG0002 at the total).
// Source: code2vec path-context attention over methods (Alon et al. 2019), per-sentence attention over a document's
// sentences (hierarchical attention networks, Yang et al. 2016), per-bag instance weights in multiple-instance code.
// Layouts: jagged double[][] with a peaks array; List<float[]> with maxima computed by LINQ; IReadOnlyList<
// IReadOnlyList<double>> with the row maximum recomputed inside the lambda.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.IndexedLinqTotalOverRows;

public static class TotalOverRows
{
    public static double[][] JaggedPeaks(double[][] scores)
    {
        double[] peaks = scores.Select(row => row.Max()).ToArray();
        double total = scores.Select((row, r) => row.Select(v => Math.Exp(v - peaks[r])).Sum()).Sum(); //~ LG0002
        return scores.Select((row, r) => row.Select(v => Math.Exp(v - peaks[r]) / total).ToArray()).ToArray();
    }

    public static float[][] ListOfRows(List<float[]> sentences)
    {
        var maxima = sentences.Select(s => s.Max()).ToList();
        float z = sentences.Select((s, i) => s.Sum(v => MathF.Exp(v - maxima[i]))).Sum(); //~ LG0002
        var result = new float[sentences.Count][];
        for (int i = 0; i < sentences.Count; i++)
            result[i] = sentences[i].Select(v => MathF.Exp(v - maxima[i]) / z).ToArray();
        return result;
    }

    public static double[][] MaximumInLambda(IReadOnlyList<IReadOnlyList<double>> bags)
    {
        double total = bags.Select(bag => bag.Sum(v => Math.Exp(v - bag.Max()))).Sum(); //~ LG0002
        return bags.Select(bag => bag.Select(v => Math.Exp(v - bag.Max()) / total).ToArray()).ToArray();
    }
}

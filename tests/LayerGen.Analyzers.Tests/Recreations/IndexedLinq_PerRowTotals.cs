// Correct twins of IndexedLinq_TotalOverRows: the same LINQ shapes with one normaliser per row (an array of row sums
// read by the index overload, or the sum taken inside the row's own lambda); the grand total of the exps is also
// computed, but only returned as a diagnostic value, never divided by.
// Source: code2vec path-context attention, hierarchical attention networks, multiple-instance bag weights.
// Layouts: jagged double[][]; List<float[]>; IReadOnlyList<IReadOnlyList<double>>.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.IndexedLinqPerRowTotals;

public static class PerRowTotals
{
    public static double[][] JaggedPeaks(double[][] scores)
    {
        double[] peaks = scores.Select(row => row.Max()).ToArray();
        double[] sums = scores.Select((row, r) => row.Select(v => Math.Exp(v - peaks[r])).Sum()).ToArray();
        return scores.Select((row, r) => row.Select(v => Math.Exp(v - peaks[r]) / sums[r]).ToArray()).ToArray();
    }

    public static float[][] ListOfRows(List<float[]> sentences, out float grandTotal)
    {
        var maxima = sentences.Select(s => s.Max()).ToList();
        grandTotal = sentences.Select((s, i) => s.Sum(v => MathF.Exp(v - maxima[i]))).Sum();
        var result = new float[sentences.Count][];
        for (int i = 0; i < sentences.Count; i++)
        {
            float z = sentences[i].Sum(v => MathF.Exp(v - maxima[i]));
            result[i] = sentences[i].Select(v => MathF.Exp(v - maxima[i]) / z).ToArray();
        }

        return result;
    }

    public static double[][] MaximumInLambda(IReadOnlyList<IReadOnlyList<double>> bags)
    {
        return bags.Select(bag =>
        {
            double top = bag.Max();
            double z = bag.Sum(v => Math.Exp(v - top));
            return bag.Select(v => Math.Exp(v - top) / z).ToArray();
        }).ToArray();
    }
}

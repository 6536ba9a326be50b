// Idiom: struct-of-arrays token table (`Score[]` and `SampleId[]` columns) with per-sample maxima scattered into an
// array indexed by the id column.
// Use: softmax over the candidate tokens of each sample, tokens of all samples stored in one table.
// Layout: SoA columns of equal length; the slice of sample k is every row t with SampleId[t] == k (ids 0..samples-1).
// Bug (LG0002): the maxima are per sample (`peak[id]`), but `z` sums the exps of every token of the table, and each
// token is divided by that table-wide sum.
// Our own code.
using System;

namespace HeldOut89.StructOfArrays_SampleIdTotal;

public sealed class TokenTable
{
    public TokenTable(double[] score, int[] sampleId, int samples)
    {
        Score = score;
        SampleId = sampleId;
        Samples = samples;
    }

    public double[] Score { get; }

    public int[] SampleId { get; }

    public int Samples { get; }
}

public static class TableSoftmax
{
    public static double[] Softmax(TokenTable table)
    {
        int n = table.Score.Length;
        var peak = new double[table.Samples];
        Array.Fill(peak, double.NegativeInfinity);
        for (int t = 0; t < n; t++)
        {
            int id = table.SampleId[t];
            peak[id] = Math.Max(peak[id], table.Score[t]);
        }

        var weight = new double[n];
        double z = 0;
        for (int t = 0; t < n; t++)
        {
            weight[t] = Math.Exp(table.Score[t] - peak[table.SampleId[t]]);
            z += weight[t]; //~ LG0002
        }

        for (int t = 0; t < n; t++)
        {
            weight[t] /= z;
        }

        return weight;
    }
}

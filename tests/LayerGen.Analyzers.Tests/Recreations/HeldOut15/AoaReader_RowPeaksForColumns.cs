// HeldOut15 — AoaReader_RowPeaksForColumns
// Source: attention-over-attention reader (Cui et al. 2017), a port that computes every row's
// peak once and reuses it for both softmaxes.
// Layout: match matrix double[doc, query]; α double[doc, query] (column softmax over the document);
// β̄ double[query] (mean of the row softmax over the query).
// Bug (LG0004): α is shifted by each document row's peak over the query words, while its sum runs
// down each query column over the document words (β, a row softmax, is right to use it).
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class AoaReader_RowPeaksForColumns
{
    /// <summary>Document-level attention s = α·β̄; α written to alpha.</summary>
    public static double[] Attend(double[,] m, double[,] alpha)
    {
        int doc = m.GetLength(0), query = m.GetLength(1);
        var rowPeak = new double[doc];
        for (int d = 0; d < doc; d++)
        {
            rowPeak[d] = m[d, 0];
            for (int q = 1; q < query; q++) rowPeak[d] = Math.Max(rowPeak[d], m[d, q]); //~ LG0004
        }

        for (int q = 0; q < query; q++)
        {
            double z = 0;
            for (int d = 0; d < doc; d++)
            {
                alpha[d, q] = Math.Exp(m[d, q] - rowPeak[d]);
                z += alpha[d, q];
            }
            for (int d = 0; d < doc; d++) alpha[d, q] /= z;
        }

        var betaMean = new double[query];
        for (int d = 0; d < doc; d++)
        {
            double z = 0;
            for (int q = 0; q < query; q++) z += Math.Exp(m[d, q] - rowPeak[d]);
            for (int q = 0; q < query; q++) betaMean[q] += Math.Exp(m[d, q] - rowPeak[d]) / z / doc;
        }

        var s = new double[doc];
        for (int d = 0; d < doc; d++)
            for (int q = 0; q < query; q++) s[d] += alpha[d, q] * betaMean[q];
        return s;
    }
}

// HeldOut15 — AoaReader_AttentionOverAttention
// Source: attention-over-attention reader (Cui et al. 2017, ACL; the AoA cloze reader): from the
// document × query match matrix M, α = column-wise softmax (over document words, per query word),
// β = row-wise softmax (over query words, per document word), β̄ = mean of β over the document,
// s = α·β̄ (document-level attention).
// Layout: M as jagged double[doc][query]; α jagged like M; β̄ double[query]; s double[doc].
// Correct: α uses one peak and one sum per query column, β one peak and one sum per document row.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class AoaReader_AttentionOverAttention
{
    /// <summary>Document-level attention s; also returns α (column softmax) and β̄ (mean row softmax).</summary>
    public static double[] Attend(double[][] m, out double[][] alpha, out double[] betaMean)
    {
        int doc = m.Length, query = m[0].Length;
        alpha = new double[doc][];
        for (int d = 0; d < doc; d++) alpha[d] = new double[query];

        for (int q = 0; q < query; q++)
        {
            double colPeak = double.NegativeInfinity;
            for (int d = 0; d < doc; d++) colPeak = Math.Max(colPeak, m[d][q]);
            double z = 0;
            for (int d = 0; d < doc; d++) z += alpha[d][q] = Math.Exp(m[d][q] - colPeak);
            for (int d = 0; d < doc; d++) alpha[d][q] /= z;
        }

        betaMean = new double[query];
        var beta = new double[query];
        foreach (double[] row in m)
        {
            double rowPeak = double.NegativeInfinity;
            foreach (double v in row) rowPeak = Math.Max(rowPeak, v);
            double z = 0;
            for (int q = 0; q < query; q++) z += beta[q] = Math.Exp(row[q] - rowPeak);
            for (int q = 0; q < query; q++) betaMean[q] += beta[q] / z / doc;
        }

        var s = new double[doc];
        for (int d = 0; d < doc; d++)
            for (int q = 0; q < query; q++) s[d] += alpha[d][q] * betaMean[q];
        return s;
    }
}

// Idiom: the online softmax over a list of rows where the running maximum was hoisted next to the other state "to
// reuse it", while the normaliser is restarted per row: `(runMax, norm)` updated as `norm * exp(old - new) + exp(v - new)`.
// Use: normalising candidate scores per query in a ported retrieval re-ranker.
// Layout: jagged double[queries][candidates]; one softmax per query row.
// Bug: LG0001 — `runMax` is never reset, so each row is shifted by the maximum over every earlier row too (a row far
// below an earlier one underflows to 0/0).
// Our own code.
#nullable enable
using System;

namespace HeldOut88.OnlineSoftmax_MaxCarriedAcrossRows;

public static class Reranker
{
    public static double[][] Normalise(double[][] scores)
    {
        var probs = new double[scores.Length][];
        double runMax = double.NegativeInfinity;
        for (int q = 0; q < scores.Length; q++)
        {
            double[] row = scores[q];
            double norm = 0.0;
            foreach (double v in row)
            {
                double next = Math.Max(runMax, v); //~ LG0001
                norm = norm * Math.Exp(runMax - next) + Math.Exp(v - next);
                runMax = next;
            }

            probs[q] = new double[row.Length];
            for (int k = 0; k < row.Length; k++) probs[q][k] = Math.Exp(row[k] - runMax) / norm;
        }

        return probs;
    }
}

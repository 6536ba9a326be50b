// HeldOut60 — idiom: Parallel.For over the rows of a jagged batch, one lambda per row
// (batch job scoring documents; style after OpenMP "parallel for" softmax ports that exponentiate directly).
// Layout: double[][] jagged, a fresh output row per input row, Math.Exp.
// Bug (LG0003): the raw logits are exponentiated with no maximum subtracted (overflow to Inf/NaN above ~709).
using System;
using System.Threading.Tasks;

namespace HeldOut60.ParallelForRows_RawExpJagged;

public static class DocumentScorer
{
    public static double[][] Forward(double[][] scores)
    {
        var result = new double[scores.Length][];
        Parallel.For(0, scores.Length, i =>
        {
            double[] row = scores[i];
            var output = new double[row.Length];
            double total = 0.0;
            for (int k = 0; k < row.Length; k++)
            {
                output[k] = Math.Exp(row[k]); //~ LG0003
                total += output[k];
            }

            for (int k = 0; k < row.Length; k++)
            {
                output[k] /= total;
            }

            result[i] = output;
        });
        return result;
    }
}

// Idiom: readmission-outcome model (home / readmitted within 30 days / transferred / died) with the exponential weight
// kernel written as a `Func<double, double>` that captures the row's maximum. Use: discharge-planning risk panel.
// Layout: jagged double[patients][outcomes]; per-row `Math.Max` fold, `Func<double, double>` kernel per row.
// Correct.
using System;

namespace HeldOut54.WeightKernel_ShiftedLambda;

public static class ReadmissionOutcomes
{
    public static double[][] Probabilities(double[][] logits)
    {
        var probs = new double[logits.Length][];
        for (int n = 0; n < logits.Length; n++)
        {
            double[] row = logits[n];
            double rowMax = double.NegativeInfinity;
            for (int k = 0; k < row.Length; k++)
            {
                rowMax = Math.Max(rowMax, row[k]);
            }

            Func<double, double> kernel = z => Math.Exp(z - rowMax);
            var w = new double[row.Length];
            double sum = 0.0;
            for (int k = 0; k < row.Length; k++)
            {
                w[k] = kernel(row[k]);
                sum += w[k];
            }

            for (int k = 0; k < row.Length; k++)
            {
                w[k] /= sum;
            }

            probs[n] = w;
        }

        return probs;
    }
}

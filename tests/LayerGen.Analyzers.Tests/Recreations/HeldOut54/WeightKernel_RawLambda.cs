// Idiom: readmission-outcome model with a pluggable `Func<double, double>` weight kernel declared once for the batch.
// Use: discharge-planning risk panel, batch export.
// Layout: double[patients, outcomes] row-major; the kernel lambda is applied to raw logits, per-row sum.
// Bug (LG0003): the kernel is `Math.Exp(z)` of the raw logit, no maximum subtracted (Infinity / NaN above ~709).
using System;

namespace HeldOut54.WeightKernel_RawLambda;

public static class BatchReadmission
{
    public static double[,] Probabilities(double[,] logits)
    {
        Func<double, double> weight = z => Math.Exp(z); //~ LG0003
        int patients = logits.GetLength(0);
        int outcomes = logits.GetLength(1);
        var p = new double[patients, outcomes];
        for (int i = 0; i < patients; i++)
        {
            double sum = 0.0;
            for (int k = 0; k < outcomes; k++)
            {
                p[i, k] = weight(logits[i, k]);
                sum += p[i, k];
            }

            for (int k = 0; k < outcomes; k++)
            {
                p[i, k] /= sum;
            }
        }

        return p;
    }
}

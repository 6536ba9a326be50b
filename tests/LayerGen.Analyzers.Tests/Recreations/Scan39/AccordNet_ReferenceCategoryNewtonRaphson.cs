// Source: accord-net/framework Sources/Accord.Statistics/Models/Regression/Nonlinear/Fitting/LowerBoundNewtonRaphson.cs:322
// (re-created, not copied)
// Layout: multinomial logistic regression with a reference category: category 0 has logit 0 (its exp is the 1 the
// sum starts at), every other category j has logit c_j · [1, x] (a jagged coefficient array, one row per category but
// the first); responses[j] = exp(logit_j), then every response is divided by sum = 1 + Σ exp(logit_j). No maximum is
// subtracted: logits (1, 2) + 1000 give ∞ / ∞ = NaN where the softmax of (0, 1001, 1002) is (0, 0.2689, 0.7311);
// −1000 gives (0, 0), which is right (scan39-check).
// Label: Compute LG0003 (the un-shifted exp); ComputeShifted correct (the maximum over the logits and the reference 0
// is subtracted from every logit and from the reference's 0). Reported by the whole-repository scan (scan39): a true
// finding.
using System;

namespace Recreations.Scan39.AccordNet_ReferenceCategoryNewtonRaphson;

public sealed class ReferenceCategoryRegression(double[][] coefficients)
{
    public void Compute(double[] x, double[] responses)
    {
        double sum = 1;
        for (int j = 0; j < coefficients.Length; j++)
        {
            double[] c = coefficients[j];
            double logit = c[0];
            for (int i = 0; i < x.Length; i++)
            {
                logit += c[i + 1] * x[i];
            }

            sum += responses[j] = Math.Exp(logit); //~ LG0003
        }

        for (int j = 0; j < responses.Length; j++)
        {
            responses[j] /= sum;
        }
    }

    public void ComputeShifted(double[] x, double[] responses)
    {
        var logits = new double[coefficients.Length];
        double max = 0; // the reference category's logit
        for (int j = 0; j < coefficients.Length; j++)
        {
            double[] c = coefficients[j];
            double logit = c[0];
            for (int i = 0; i < x.Length; i++)
            {
                logit += c[i + 1] * x[i];
            }

            logits[j] = logit;
            max = Math.Max(max, logit);
        }

        double sum = Math.Exp(-max);
        for (int j = 0; j < logits.Length; j++)
        {
            sum += responses[j] = Math.Exp(logits[j] - max);
        }

        for (int j = 0; j < responses.Length; j++)
        {
            responses[j] /= sum;
        }
    }
}

// Re-creation (our own code) of the shape of scikit-learn's extmath.softmax (max_prob per row, X -= max_prob,
// np.exp(X, X), sum_prob per row, X /= sum_prob) as used by LogisticRegression.predict_proba (multinomial), ported
// as one row loop over a flat (n_samples, n_classes) buffer.
// Layout: flat double[], row offset i * nClasses, in place.
// Bug (LG0002): sumProb is declared above the row loop with maxProb and never reset, so row i divides by the running
// total of rows 0..i.
using System;

namespace Recreations.Sklearn_SumProbNeverReset;

/// <summary>Multinomial predict_proba's normalisation, one loop per sample.</summary>
public static class MultinomialProba
{
    /// <summary>Turns decision values (nSamples, nClasses) into probabilities in place.</summary>
    public static void SoftmaxInPlace(double[] X, int nSamples, int nClasses)
    {
        double maxProb;
        double sumProb = 0.0;
        for (int i = 0; i < nSamples; i++)
        {
            int offset = i * nClasses;
            maxProb = X[offset];
            for (int j = 1; j < nClasses; j++)
            {
                if (X[offset + j] > maxProb) maxProb = X[offset + j];
            }

            for (int j = 0; j < nClasses; j++)
            {
                X[offset + j] = Math.Exp(X[offset + j] - maxProb);
                sumProb += X[offset + j]; //~ LG0002
            }

            for (int j = 0; j < nClasses; j++)
            {
                X[offset + j] /= sumProb;
            }
        }
    }
}

// Re-creation (our own code) of the shape of scikit-learn, sklearn/utils/extmath.py, softmax(X, copy=True):
// max_prob = np.max(X, axis=1).reshape((-1, 1)); X -= max_prob; np.exp(X, X);
// sum_prob = np.sum(X, axis=1).reshape((-1, 1)); X /= sum_prob.
// Layout: a flat double[] reshaped as (n_samples, n_classes); per-row reductions in helpers returning the reshaped
// (-1, 1) column as a double[]; in place unless copy.
// Correct.
using System;

namespace Recreations.Sklearn_ExtmathSoftmaxInPlace;

/// <summary>sklearn.utils.extmath.softmax on a flat buffer.</summary>
public static class Extmath
{
    /// <summary>Row-wise softmax of X viewed as (nSamples, nClasses); returns X itself unless <paramref name="copy"/>.</summary>
    public static double[] Softmax(double[] X, int nSamples, int nClasses, bool copy = true)
    {
        if (copy) X = (double[])X.Clone();
        double[] maxProb = MaxAxis1(X, nSamples, nClasses);
        for (int i = 0; i < nSamples; i++)
            for (int j = 0; j < nClasses; j++)
                X[i * nClasses + j] -= maxProb[i];

        for (int k = 0; k < X.Length; k++)
            X[k] = Math.Exp(X[k]);

        double[] sumProb = SumAxis1(X, nSamples, nClasses);
        for (int i = 0; i < nSamples; i++)
            for (int j = 0; j < nClasses; j++)
                X[i * nClasses + j] /= sumProb[i];

        return X;
    }

    /// <summary>np.max(X, axis=1).reshape((-1, 1)).</summary>
    private static double[] MaxAxis1(double[] X, int rows, int cols)
    {
        var m = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            m[i] = X[i * cols];
            for (int j = 1; j < cols; j++) m[i] = Math.Max(m[i], X[i * cols + j]);
        }

        return m;
    }

    /// <summary>np.sum(X, axis=1).reshape((-1, 1)).</summary>
    private static double[] SumAxis1(double[] X, int rows, int cols)
    {
        var s = new double[rows];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
                s[i] += X[i * cols + j];
        return s;
    }
}

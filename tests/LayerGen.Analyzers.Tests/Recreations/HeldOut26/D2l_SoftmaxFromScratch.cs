// Re-creation (our own code) of the shape of d2l.ai, chapter "Softmax Regression Implementation from Scratch":
// def softmax(X): X_exp = torch.exp(X); partition = X_exp.sum(1, keepdims=True); return X_exp / partition.
// Layout: jagged double[][] minibatch, one row per example; the keepdims partition as a double[] per row.
// Bug (LG0003): ported faithfully, so exp of the raw logits (the book notes the overflow risk but the function
// does not subtract the max).
using System;

namespace Recreations.D2l_SoftmaxFromScratch;

/// <summary>d2l's from-scratch softmax regression, forward part.</summary>
public static class SoftmaxRegressionScratch
{
    /// <summary>Row-wise softmax of a minibatch of logits.</summary>
    public static double[][] Softmax(double[][] X)
    {
        var xExp = new double[X.Length][];
        var partition = new double[X.Length];
        for (int i = 0; i < X.Length; i++)
        {
            xExp[i] = new double[X[i].Length];
            for (int j = 0; j < X[i].Length; j++)
            {
                xExp[i][j] = Math.Exp(X[i][j]); //~ LG0003
                partition[i] += xExp[i][j];
            }
        }

        for (int i = 0; i < X.Length; i++)
        {
            for (int j = 0; j < xExp[i].Length; j++)
            {
                xExp[i][j] /= partition[i]; // broadcasting applied here
            }
        }

        return xExp;
    }
}

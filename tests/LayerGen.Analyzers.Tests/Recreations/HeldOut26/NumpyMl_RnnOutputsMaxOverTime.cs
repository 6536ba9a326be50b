// Re-creation (our own code) of the shape of ddbourgin/numpy-ml's Softmax layer applied to RNN outputs of shape
// (n_ex, n_t, n_out) (numpy_ml/neural_nets: Softmax(dim=-1) over the last axis), ported onto a flat buffer with
// computed strides; the porter passed axis=1 to the max (np.max(X, axis=1, keepdims=True)) but summed along the last axis.
// Layout: flat double[n_ex * n_t * n_out]; max kept per (example, class) over time, sum per (example, timestep).
// Bug (LG0004): the max and the sum run over different axes (time vs classes).
using System;

namespace Recreations.NumpyMl_RnnOutputsMaxOverTime;

/// <summary>Per-timestep class distributions of an RNN's output sequence.</summary>
public static class SequenceSoftmax
{
    /// <summary>Softmax over the class axis of a (nEx, nT, nOut) flat buffer.</summary>
    public static double[] Forward(double[] X, int nEx, int nT, int nOut)
    {
        int strideEx = nT * nOut;
        var maxOverTime = new double[nEx * nOut];
        for (int e = 0; e < nEx; e++)
        {
            for (int c = 0; c < nOut; c++)
            {
                double m = double.NegativeInfinity;
                for (int t = 0; t < nT; t++)
                {
                    m = Math.Max(m, X[e * strideEx + t * nOut + c]); //~ LG0004
                }

                maxOverTime[e * nOut + c] = m;
            }
        }

        var Y = new double[X.Length];
        for (int e = 0; e < nEx; e++)
        {
            for (int t = 0; t < nT; t++)
            {
                int row = e * strideEx + t * nOut;
                double sum = 0.0;
                for (int c = 0; c < nOut; c++)
                {
                    Y[row + c] = Math.Exp(X[row + c] - maxOverTime[e * nOut + c]);
                    sum += Y[row + c];
                }

                for (int c = 0; c < nOut; c++)
                {
                    Y[row + c] /= sum;
                }
            }
        }

        return Y;
    }
}

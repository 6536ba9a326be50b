// Re-creation (our own code) of the shape of ddbourgin/numpy-ml, numpy_ml/neural_nets/layers/layers.py,
// class Softmax(dim=-1)._fwd: e_X = np.exp(X - np.max(X, axis=self.dim, keepdims=True));
// return e_X / e_X.sum(axis=self.dim, keepdims=True).
// Layout: double[,] with a Dim field (0 or 1, -1 meaning 1) that picks the reduction direction; element access goes
// through a helper taking (slice, position along the axis).
// Correct.
using System;

namespace Recreations.NumpyMl_SoftmaxLayerDim;

/// <summary>numpy-ml's Softmax layer for 2-D inputs.</summary>
public sealed class SoftmaxLayer(int dim = -1)
{
    /// <summary>The axis the softmax normalises along (numpy convention, -1 = last).</summary>
    public int Dim { get; } = dim;

    /// <summary>Forward pass; a new array of X's shape.</summary>
    public double[,] Forward(double[,] X)
    {
        int axis = Dim < 0 ? Dim + 2 : Dim;
        int n = X.GetLength(axis);
        int slices = X.GetLength(1 - axis);
        var eX = new double[X.GetLength(0), X.GetLength(1)];
        for (int s = 0; s < slices; s++)
        {
            double max = double.NegativeInfinity;
            for (int k = 0; k < n; k++)
            {
                max = Math.Max(max, At(X, axis, s, k));
            }

            double total = 0.0;
            for (int k = 0; k < n; k++)
            {
                double e = Math.Exp(At(X, axis, s, k) - max);
                Set(eX, axis, s, k, e);
                total += e;
            }

            for (int k = 0; k < n; k++)
            {
                Set(eX, axis, s, k, At(eX, axis, s, k) / total);
            }
        }

        return eX;
    }

    /// <summary>The k-th element along <paramref name="axis"/> of slice <paramref name="s"/>.</summary>
    private static double At(double[,] x, int axis, int s, int k) => axis == 1 ? x[s, k] : x[k, s];

    private static void Set(double[,] x, int axis, int s, int k, double value)
    {
        if (axis == 1) x[s, k] = value;
        else x[k, s] = value;
    }
}

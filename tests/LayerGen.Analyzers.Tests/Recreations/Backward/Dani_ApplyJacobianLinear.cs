// Re-creation (our own code) of dani2442/ConcursoModelizacion, NeuralNetwork/Softmax.h: apply_jacobian computes
// a_dot_f = colwise sum of A .* F, then G = A .* (F - a_dot_f): the O(n) vector-Jacobian product, per column.
// Layout: row-major double[batch, classes] here (one row per sample), probabilities from Forward in a field.
// Correct (LG0006/LG0007 must stay silent): no Jacobian is formed; y(1 - y) appears nowhere.
using System;

namespace Recreations.Backward.DaniApplyJacobianLinear;

public sealed class Softmax
{
    private double[,] _a = new double[0, 0];

    public void Activate(double[,] z)
    {
        int rows = z.GetLength(0), cols = z.GetLength(1);
        _a = new double[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            double max = double.NegativeInfinity;
            for (int c = 0; c < cols; c++)
            {
                max = Math.Max(max, z[r, c]);
            }

            double sum = 0;
            for (int c = 0; c < cols; c++)
            {
                _a[r, c] = Math.Exp(z[r, c] - max);
                sum += _a[r, c];
            }

            for (int c = 0; c < cols; c++)
            {
                _a[r, c] /= sum;
            }
        }
    }

    public void ApplyJacobian(double[,] f, double[,] g)
    {
        int rows = f.GetLength(0), cols = f.GetLength(1);
        for (int r = 0; r < rows; r++)
        {
            double aDotF = 0;
            for (int c = 0; c < cols; c++)
            {
                aDotF += _a[r, c] * f[r, c];
            }

            for (int c = 0; c < cols; c++)
            {
                g[r, c] = _a[r, c] * (f[r, c] - aDotF);
            }
        }
    }
}

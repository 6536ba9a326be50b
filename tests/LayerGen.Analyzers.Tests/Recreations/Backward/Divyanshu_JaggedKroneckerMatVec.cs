// Re-creation (our own code) of DivyanshuTirkey/da6401_assignment1, nn/Activations/_softmax.py (back():
// jacobian[id, i, j] = s[id, i] - s[id, i] * s[id, j] if i == j else -s[id, i] * s[id, j] for every sample),
// with the Kronecker delta written as (i == j ? 1 : 0), a jagged Jacobian, and the product in a private MatVec
// helper of the same class.
// Layout: jagged double[batch][classes] probabilities from Forward (a field); Jacobian double[n][n] per sample.
// Bug (LG0006): O(n^2) per sample.
using System;

namespace Recreations.Backward.DivyanshuJaggedKroneckerMatVec;

public sealed class Softmax
{
    private double[][] _s = Array.Empty<double[]>();

    public double[][] Forward(double[][] x)
    {
        _s = new double[x.Length][];
        for (int b = 0; b < x.Length; b++)
        {
            double[] row = x[b];
            double max = double.NegativeInfinity;
            foreach (double v in row)
            {
                max = Math.Max(max, v);
            }

            var e = new double[row.Length];
            double sum = 0;
            for (int k = 0; k < row.Length; k++)
            {
                e[k] = Math.Exp(row[k] - max);
                sum += e[k];
            }

            for (int k = 0; k < row.Length; k++)
            {
                e[k] /= sum;
            }

            _s[b] = e;
        }

        return _s;
    }

    public double[][] Back(double[][] delta)
    {
        var result = new double[delta.Length][];
        for (int b = 0; b < delta.Length; b++)
        {
            int n = delta[b].Length;
            var jacobian = new double[n][];
            for (int i = 0; i < n; i++)
            {
                jacobian[i] = new double[n];
                for (int j = 0; j < n; j++)
                {
                    jacobian[i][j] = _s[b][i] * ((i == j ? 1.0 : 0.0) - _s[b][j]); //~ LG0006
                }
            }

            result[b] = MatVec(jacobian, delta[b]);
        }

        return result;
    }

    private static double[] MatVec(double[][] matrix, double[] vector)
    {
        var product = new double[vector.Length];
        for (int i = 0; i < vector.Length; i++)
        {
            for (int j = 0; j < vector.Length; j++)
            {
                product[i] += matrix[i][j] * vector[j];
            }
        }

        return product;
    }
}

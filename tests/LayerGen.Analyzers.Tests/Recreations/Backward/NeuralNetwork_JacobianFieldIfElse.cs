// Re-creation (our own code) of the SoftMaxLayer of a C# "NeuralNetwork" project found by searching for
// "private double[,] jacobian;": EvaluateAllNeurons computes a LINQ softmax (x.Max(), Select(Math.Exp(a - max)),
// Sum, Select(a / sum)) and fills the field jacobian with if (i == j) s_i(1 - s_i) else -s_i s_j; Backpropagate
// sums jacobian[i, c] * upstream[c] inside Parallel.For.
// Layout: one vector; the Jacobian is a double[n, n] field filled in one method and used in another.
// Bug (LG0006): O(n^2) Jacobian per sample.
using System;
using System.Linq;
using System.Threading.Tasks;

namespace Recreations.Backward.NeuralNetworkJacobianFieldIfElse;

public sealed class SoftMaxLayer
{
    private readonly int _size;
    private double[,] _jacobian;
    private double[] _values;

    public SoftMaxLayer(int size)
    {
        _size = size;
        _jacobian = new double[size, size];
        _values = new double[size];
    }

    public double[] Evaluate(double[] x)
    {
        double max = x.Max();
        double[] exps = x.Select(a => Math.Exp(a - max)).ToArray();
        double sum = exps.Sum();
        double[] softmax = exps.Select(a => a / sum).ToArray();

        _jacobian = new double[_size, _size];
        for (int i = 0; i < _size; i++)
        {
            for (int j = 0; j < _size; j++)
            {
                if (i == j)
                {
                    _jacobian[i, j] = softmax[i] * (1 - softmax[i]);
                }
                else
                {
                    _jacobian[i, j] = -softmax[i] * softmax[j]; //~ LG0006
                }
            }
        }

        _values = softmax;
        return softmax;
    }

    public double[] Backpropagate(double[] upstream)
    {
        var deltas = new double[_size];
        Parallel.For(0, _size, i =>
        {
            double delta = 0;
            for (int c = 0; c < _size; c++)
            {
                delta += _jacobian[i, c] * upstream[c];
            }

            deltas[i] = delta;
        });
        return deltas;
    }
}

// Source: multinomial logistic regression written from scratch in C# (course/blog code: weights double[features,
// classes], per-sample softmax in Predict, SGD on (p - y) x), re-created with a helper that returns a row's max.
// Layout: scores double[N, K] from X * W + b; each sample's softmax runs over its K classes.
// Correct: the helper's max is over one row; sum and division are per row.
using System;

namespace HeldOut6.MultinomialLogRegSgd;

public sealed class SoftmaxRegression
{
    private readonly double[,] _weights;
    private readonly double[] _bias;

    public SoftmaxRegression(int features, int classes)
    {
        _weights = new double[features, classes];
        _bias = new double[classes];
    }

    private static double RowMax(double[,] z, int row)
    {
        double m = z[row, 0];
        for (int k = 1; k < z.GetLength(1); k++)
        {
            m = Math.Max(m, z[row, k]);
        }

        return m;
    }

    public static double[,] Probabilities(double[,] scores)
    {
        int n = scores.GetLength(0);
        int classes = scores.GetLength(1);
        var p = new double[n, classes];
        for (int i = 0; i < n; i++)
        {
            double m = RowMax(scores, i);
            double total = 0;
            for (int k = 0; k < classes; k++)
            {
                p[i, k] = Math.Exp(scores[i, k] - m);
                total += p[i, k];
            }

            for (int k = 0; k < classes; k++)
            {
                p[i, k] /= total;
            }
        }

        return p;
    }

    public void SgdStep(double[,] x, int[] labels, double learningRate)
    {
        int n = x.GetLength(0);
        int features = x.GetLength(1);
        int classes = _bias.Length;
        var scores = new double[n, classes];
        for (int i = 0; i < n; i++)
        {
            for (int k = 0; k < classes; k++)
            {
                double s = _bias[k];
                for (int f = 0; f < features; f++)
                {
                    s += x[i, f] * _weights[f, k];
                }

                scores[i, k] = s;
            }
        }

        double[,] p = Probabilities(scores);
        for (int i = 0; i < n; i++)
        {
            for (int k = 0; k < classes; k++)
            {
                double g = (p[i, k] - (labels[i] == k ? 1.0 : 0.0)) / n;
                _bias[k] -= learningRate * g;
                for (int f = 0; f < features; f++)
                {
                    _weights[f, k] -= learningRate * g * x[i, f];
                }
            }
        }
    }
}

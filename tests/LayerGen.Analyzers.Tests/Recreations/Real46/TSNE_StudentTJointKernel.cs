// Source: accord-net/framework Sources/Accord.MachineLearning/Clustering/TSNE.cs (re-created, not copied)
// Layout: exact t-SNE, pairwise buffers as jagged n×n arrays. The training loop computes Gaussian input affinities
// (exps of input distances) once, then each iteration the embedding's squared distances, t-SNE's Student-t joint
// kernel q[i][j] = 1 / (1 + d[i][j]) normalised by its sum over all pairs i ≠ j, and a gradient step on the embedding.
// Correct: Correct normalises the Student-t kernel: no exp feeds q (the exps reach it only through the distances of an
// embedding moved along their gradient, in the kernel's divisor); the analyzer reported LG0008 at its sum. Gaussian is
// the same normalisation over all pairs of exps: one distribution over the whole buffer, the LG0008 suggestion.
using System;

namespace Recreations.Real46.TSNEStudentTJointKernel;

public static class ExactTsne
{
    public static void Correct(double[][] x, double[][] y, int iterations, double rate)
    {
        int n = x.Length;
        double[][] p = Affinities(x);
        double[][] d = Square(n);
        double[][] q = Square(n);
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            Distances(y, d);
            double sumQ = 0.0;
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    if (i != j)
                    {
                        q[i][j] = 1.0 / (1.0 + d[i][j]);
                        sumQ += q[i][j];
                    }
                }
            }

            Step(p, q, sumQ, y, rate);
        }
    }

    public static void Gaussian(double[][] x, double[][] y, int iterations, double rate)
    {
        int n = x.Length;
        double[][] p = Affinities(x);
        double[][] d = Square(n);
        double[][] q = Square(n);
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            Distances(y, d);
            double sumQ = 0.0;
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    if (i != j) //~ LG0008
                    {
                        q[i][j] = Math.Exp(-d[i][j]);
                        sumQ += q[i][j];
                    }
                }
            }

            Step(p, q, sumQ, y, rate);
        }
    }

    private static double[][] Square(int n)
    {
        var m = new double[n][];
        for (int i = 0; i < n; i++)
            m[i] = new double[n];
        return m;
    }

    private static double[][] Affinities(double[][] x)
    {
        int n = x.Length;
        double[][] p = Square(n);
        double[][] d = Square(n);
        Distances(x, d);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                p[i][j] = i == j ? 0.0 : Math.Exp(-d[i][j]);
        return p;
    }

    private static void Distances(double[][] points, double[][] d)
    {
        for (int i = 0; i < points.Length; i++)
        {
            for (int j = 0; j < points.Length; j++)
            {
                double s = 0;
                for (int k = 0; k < points[i].Length; k++)
                {
                    double t = points[i][k] - points[j][k];
                    s += t * t;
                }

                d[i][j] = s;
            }
        }
    }

    private static void Step(double[][] p, double[][] q, double sumQ, double[][] y, double rate)
    {
        for (int i = 0; i < y.Length; i++)
            for (int j = 0; j < y.Length; j++)
                if (i != j)
                {
                    double force = (p[i][j] - q[i][j] / sumQ) * q[i][j];
                    for (int k = 0; k < y[i].Length; k++)
                        y[i][k] += rate * force * (y[i][k] - y[j][k]);
                }
    }
}

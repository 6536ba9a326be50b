// Idiom: capsule routing-by-agreement (Sabour et al.): c[i, j] = softmax over parent capsules j of b[i, j], for every child i
// Layout: double[children, parents] logits b, double[children, parents, dim] predictions u_hat
// Correct
using System;

namespace HeldOut42.CapsuleRouting_ChildParent;

public static class DynamicRouting
{
    public static double[,] Coupling(double[,] b)
    {
        int children = b.GetLength(0);
        int parents = b.GetLength(1);
        var c = new double[children, parents];
        for (int i = 0; i < children; i++)
        {
            double bMax = double.NegativeInfinity;
            for (int j = 0; j < parents; j++)
                bMax = Math.Max(bMax, b[i, j]);

            double sum = 0.0;
            for (int j = 0; j < parents; j++)
            {
                c[i, j] = Math.Exp(b[i, j] - bMax);
                sum += c[i, j];
            }

            for (int j = 0; j < parents; j++)
                c[i, j] /= sum;
        }

        return c;
    }

    public static double[,] Route(double[,,] uHat, int iterations)
    {
        int children = uHat.GetLength(0);
        int parents = uHat.GetLength(1);
        int dim = uHat.GetLength(2);
        var b = new double[children, parents];
        var v = new double[parents, dim];

        for (int r = 0; r < iterations; r++)
        {
            double[,] c = Coupling(b);
            for (int j = 0; j < parents; j++)
            {
                var s = new double[dim];
                for (int i = 0; i < children; i++)
                    for (int d = 0; d < dim; d++)
                        s[d] += c[i, j] * uHat[i, j, d];

                double sq = 0.0;
                for (int d = 0; d < dim; d++)
                    sq += s[d] * s[d];
                double scale = sq / (1.0 + sq) / Math.Sqrt(sq + 1e-9);
                for (int d = 0; d < dim; d++)
                    v[j, d] = scale * s[d];
            }

            if (r == iterations - 1) break;
            for (int i = 0; i < children; i++)
                for (int j = 0; j < parents; j++)
                {
                    double agreement = 0.0;
                    for (int d = 0; d < dim; d++)
                        agreement += uHat[i, j, d] * v[j, d];
                    b[i, j] += agreement;
                }
        }

        return v;
    }
}

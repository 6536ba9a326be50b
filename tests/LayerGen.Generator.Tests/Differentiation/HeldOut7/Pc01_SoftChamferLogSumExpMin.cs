// A soft Chamfer distance between two point clouds of four 2-D points (the row is P | Q): for every point, the soft
// minimum −γ·log Σ exp(−d/γ) of its squared distances to the other cloud, shifted by the hard minimum inside a helper
// that finds it with a loop. Shape of the soft-min used in differentiable Chamfer / soft-DTW code, from memory.
// A user expects the gradient with respect to both clouds.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(16, 8)]
public partial class SoftChamferLogSumExpMin
{
    const int Points = 4;
    const double Gamma = 0.1;

    static double SoftMin(ReadOnlySpan<double> d, double gamma)
    {
        double min = d[0];
        for (int j = 1; j < d.Length; j++)
            if (d[j] < min) min = d[j];
        double sum = 0;
        for (int j = 0; j < d.Length; j++) sum += Math.Exp(-(d[j] - min) / gamma);
        return min - gamma * Math.Log(sum);
    }

    static double SquaredDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double dx = a[0] - b[0], dy = a[1] - b[1];
        return dx * dx + dy * dy;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        ReadOnlySpan<double> p = x[..8];
        ReadOnlySpan<double> q = x[8..];
        Span<double> d = stackalloc double[Points];

        for (int i = 0; i < Points; i++)
        {
            for (int j = 0; j < Points; j++) d[j] = SquaredDistance(p.Slice(2 * i, 2), q.Slice(2 * j, 2));
            y[i] = SoftMin(d, Gamma);
        }
        for (int j = 0; j < Points; j++)
        {
            for (int i = 0; i < Points; i++) d[i] = SquaredDistance(q.Slice(2 * j, 2), p.Slice(2 * i, 2));
            y[Points + j] = SoftMin(d, Gamma);
        }
    }
}

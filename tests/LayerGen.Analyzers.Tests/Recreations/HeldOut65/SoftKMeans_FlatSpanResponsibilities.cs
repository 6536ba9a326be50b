// Idiom: soft k-means E-step, responsibilities r[i, c] = softmax_c(-beta * |x_i - mu_c|^2), computed into a flat span
// and scaled by the reciprocal of the sum. Use: differentiable clustering (soft k-means / deep clustering layers).
// Layout: ReadOnlySpan<double> points (n x dim) and centres (k x dim), Span<double> responsibilities (n x k), Slice per
// point and per centre. Inspired by the soft k-means E-step (MacKay, ch. 20). Our own code.
// Correct: per-point smallest distance, per-point sum.
using System;

namespace HeldOut65.SoftKMeans_FlatSpanResponsibilities;

public static class SoftKMeans
{
    public static void Responsibilities(ReadOnlySpan<double> points, ReadOnlySpan<double> centres, int dim, double beta, Span<double> resp)
    {
        int n = points.Length / dim;
        int k = centres.Length / dim;
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<double> x = points.Slice(i * dim, dim);
            Span<double> r = resp.Slice(i * k, k);
            double dMin = double.PositiveInfinity;
            for (int c = 0; c < k; c++)
            {
                ReadOnlySpan<double> mu = centres.Slice(c * dim, dim);
                double d = 0.0;
                for (int t = 0; t < dim; t++)
                {
                    d += (x[t] - mu[t]) * (x[t] - mu[t]);
                }

                r[c] = d;
                if (d < dMin)
                {
                    dMin = d;
                }
            }

            double z = 0.0;
            for (int c = 0; c < k; c++)
            {
                r[c] = Math.Exp(-beta * (r[c] - dMin));
                z += r[c];
            }

            double inv = 1.0 / z;
            for (int c = 0; c < k; c++)
            {
                r[c] *= inv;
            }
        }
    }
}

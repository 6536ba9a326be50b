// Power iteration on the symmetric part of a 4×4 matrix (the row, row-major): ten normalised steps from the
// all-ones vector, then the Rayleigh quotient — the spectral-norm estimate of torch.nn.utils.spectral_norm,
// written with a fixed iteration count. Outputs the eigenvalue estimate and the vector.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(16, 5)]
public partial class PowerIterationSymmetricTopPair
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const int n = 4;
        Span<double> s = stackalloc double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                s[i * n + j] = 0.5 * (x[i * n + j] + x[j * n + i]);

        Span<double> v = stackalloc double[n];
        Span<double> w = stackalloc double[n];
        v.Fill(0.5);
        for (int step = 0; step < 10; step++)
        {
            double norm = 0;
            for (int i = 0; i < n; i++)
            {
                double acc = 0;
                for (int j = 0; j < n; j++) acc += s[i * n + j] * v[j];
                w[i] = acc;
                norm += acc * acc;
            }
            norm = Math.Sqrt(norm);
            for (int i = 0; i < n; i++) v[i] = w[i] / norm;
        }

        double rayleigh = 0;
        for (int i = 0; i < n; i++)
        {
            double acc = 0;
            for (int j = 0; j < n; j++) acc += s[i * n + j] * v[j];
            rayleigh += v[i] * acc;
        }
        y[0] = rayleigh;
        for (int i = 0; i < n; i++) y[1 + i] = v[i];
    }
}

// expect: gradient
// Naive mean-field magnetisations of an Ising ring, m_i = tanh(β·(J·(m_{i−1} + m_{i+1}) + h_i)), updated in place
// (Gauss–Seidel) for twelve sweeps from m = 0 with periodic neighbours by (i + n ± 1) % n; external fields from the
// row, learnable coupling J and log β. Shape of statistical-physics notebooks, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(8)]
public partial class MeanFieldIsingRingGaussSeidel
{
    const int Sweeps = 12;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = 0.4)] ReadOnlySpan<double> coupling,
                           [Learnable(1, Initial = -0.5)] ReadOnlySpan<double> logBeta)
    {
        int n = x.Length;
        double beta = Math.Exp(logBeta[0]);
        double[] m = new double[8];
        for (int sweep = 0; sweep < Sweeps; sweep++)
        {
            for (int i = 0; i < n; i++)
            {
                double neighbours = m[(i + n - 1) % n] + m[(i + 1) % n];
                m[i] = Math.Tanh(beta * (coupling[0] * neighbours + 0.5 * x[i]));
            }
        }
        m.CopyTo(y);
    }
}

// The compressible neo-Hookean strain energy W = μ/2 (I₁ − 3) − μ ln J + λ/2 (ln J)² of a deformation gradient
// F = I + 0.2 tanh(x) (the row, 3×3 row-major, in a heap array), J = det F by cofactors, I₁ = tr(FᵀF); learnable
// log μ and log λ; outputs W, J and I₁.
// Shape of: the neo-Hookean model of Bonet & Wood's "Nonlinear Continuum Mechanics for FE Analysis" as coded in FE teaching code (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(9, 3)]
public partial class NeoHookeanStrainEnergy
{
    static double Determinant(ReadOnlySpan<double> f) =>
        f[0] * (f[4] * f[8] - f[5] * f[7]) - f[1] * (f[3] * f[8] - f[5] * f[6]) + f[2] * (f[3] * f[7] - f[4] * f[6]);

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(1)] ReadOnlySpan<double> logMu,
        [Learnable(1, Initial = 0.5)] ReadOnlySpan<double> logLambda)
    {
        double[] f = new double[9];
        for (int r = 0; r < 3; r++)
            for (int c = 0; c < 3; c++)
                f[3 * r + c] = (r == c ? 1 : 0) + 0.2 * Math.Tanh(x[3 * r + c]);

        double j = Determinant(f);
        double i1 = 0;
        foreach (double entry in f) i1 += entry * entry;

        double mu = Math.Exp(logMu[0]), lambda = Math.Exp(logLambda[0]);
        double logJ = Math.Log(j);
        y[0] = mu / 2 * (i1 - 3) - mu * logJ + lambda / 2 * logJ * logJ;
        y[1] = j;
        y[2] = i1;
    }
}

// expect: gradient
// Capsule squash (Sabour et al. 2017, eq. 1) over a row of 3 capsules of 4: ‖s‖²/(1 + ‖s‖²) · s / sqrt(‖s‖² + ε), the
// ε-safe form common in PyTorch CapsNet ports, one nested loop per capsule. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(12)]
partial class CapsuleSquash
{
    const int CapsuleDim = 4;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int c = 0; c < x.Length / CapsuleDim; c++)
        {
            double squaredNorm = 0;
            for (int d = 0; d < CapsuleDim; d++)
                squaredNorm += x[c * CapsuleDim + d] * x[c * CapsuleDim + d];
            double factor = squaredNorm / (1.0 + squaredNorm) / Math.Sqrt(squaredNorm + 1e-8);
            for (int d = 0; d < CapsuleDim; d++)
                y[c * CapsuleDim + d] = factor * x[c * CapsuleDim + d];
        }
    }
}

// Gaussian RBF layer with learnable centres and widths (the RBF network layer of JeremyLinux/PyTorch-Radial-Basis-
// Function-Layer: exp(−‖x − c_k‖² / σ_k²) with σ = exp(log σ)), 3 inputs → 5 basis functions.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(3, 5)]
public partial class RbfLearnableCentresLogWidths
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(15, StandardDeviation = 1)] ReadOnlySpan<double> centres,
        [Learnable(5)] ReadOnlySpan<double> logWidths)
    {
        for (int k = 0; k < y.Length; k++)
        {
            double distance = 0;
            for (int d = 0; d < x.Length; d++)
            {
                double diff = x[d] - centres[k * x.Length + d];
                distance += diff * diff;
            }
            double width = Math.Exp(logWidths[k]);
            y[k] = Math.Exp(-distance / (width * width));
        }
    }
}

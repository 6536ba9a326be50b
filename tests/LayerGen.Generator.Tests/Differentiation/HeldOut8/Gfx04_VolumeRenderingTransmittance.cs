// NeRF's volume rendering along one ray of eight samples: the row is eight densities | eight colour logits;
// σ = softplus, αᵢ = −expm1(−σᵢ δᵢ) (double.ExpM1), transmittance exp(−Σ_{j<i} σⱼ δⱼ) as a running sum, weights
// wᵢ = Tᵢ αᵢ; outputs the composited colour, the accumulated opacity and the expected depth; δ from a constant table.
// Shape of: Mildenhall et al. 2020 (NeRF), nerf-pytorch's raw2outputs (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(16, 3)]
public partial class VolumeRenderingTransmittance
{
    private static readonly double[] Deltas = { 0.1, 0.1, 0.15, 0.15, 0.2, 0.2, 0.3, 0.5 };

    static double Softplus(double v) => Math.Max(v, 0) + Math.Log(1 + Math.Exp(-Math.Abs(v)));

    static double Sigmoid(double v) => v >= 0 ? 1 / (1 + Math.Exp(-v)) : Math.Exp(v) / (1 + Math.Exp(v));

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        var density = x[..8];
        var colour = x[8..];
        double opticalDepth = 0, t = 0;
        double rgb = 0, opacity = 0, depth = 0;
        for (int i = 0; i < density.Length; i++)
        {
            double sigmaDelta = Softplus(density[i]) * Deltas[i];
            double alpha = -double.ExpM1(-sigmaDelta);
            double weight = Math.Exp(-opticalDepth) * alpha;
            t += Deltas[i];
            rgb += weight * Sigmoid(colour[i]);
            opacity += weight;
            depth += weight * t;
            opticalDepth += sigmaDelta;
        }
        y[0] = rgb;
        y[1] = opacity;
        y[2] = depth;
    }
}

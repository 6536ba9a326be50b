// Binary focal loss (Lin et al. 2017, torchvision.ops.sigmoid_focal_loss) written as a layer over one row:
// the first half holds logits, the second half the soft targets; the output is the mean loss.
// Ported the way torchvision writes it (p = sigmoid, ce = BCE-with-logits), with a branch-stable sigmoid.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(16, 1)]
public partial class FocalLossLogitsTargetHalves
{
    const double Alpha = 0.25;
    const double Gamma = 2.0;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int n = x.Length / 2;
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            double z = x[i];
            double t = x[n + i];
            double p = z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
            // binary_cross_entropy_with_logits: max(z, 0) - z t + log(1 + exp(-|z|))
            double ce = Math.Max(z, 0) - z * t + Math.Log(1 + Math.Exp(-Math.Abs(z)));
            double pT = p * t + (1 - p) * (1 - t);
            double alphaT = Alpha * t + (1 - Alpha) * (1 - t);
            total += alphaT * ce * Math.Pow(1 - pT, Gamma);
        }
        y[0] = total / n;
    }
}

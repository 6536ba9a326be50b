// Mish: x · tanh(softplus(x)), softplus written naively. At x = 1000 the forward is fine (tanh(∞) = 1) but exp
// overflows in any derivative of log(1 + exp(x)) (PyTorch's autograd gives NaN there too), so the ±1000 row is skipped.
// Re-creates: the PyTorch module `x * torch.tanh(F.softplus(x))` found in many repositories (e.g. FastPoseGait).
// expect: gradient
// rows: no-large
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class Mish
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double softplus = Math.Log(1.0 + Math.Exp(x[i]));
            y[i] = x[i] * Math.Tanh(softplus);
        }
    }
}

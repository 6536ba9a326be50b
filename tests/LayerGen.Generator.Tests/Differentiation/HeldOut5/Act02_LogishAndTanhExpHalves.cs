// Two newer activations on the two halves of a row: Logish x · ln(1 + sigmoid(x)) (Zhu et al. 2021) and
// TanhExp x · tanh(eˣ) (Liu and Di 2020). exp(x) overflows at +1000 in TanhExp (tanh(∞) = 1 but its derivative
// chain is 0·∞).
// rows: no-large
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(12)]
public partial class LogishAndTanhExpHalves
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int half = x.Length / 2;
        for (int i = 0; i < half; i++)
        {
            double v = x[i];
            double sigmoid = v >= 0 ? 1 / (1 + Math.Exp(-v)) : Math.Exp(v) / (1 + Math.Exp(v));
            y[i] = v * Math.Log(1 + sigmoid);
        }
        for (int i = half; i < x.Length; i++) y[i] = x[i] * Math.Tanh(Math.Exp(x[i]));
    }
}

// Yeo-Johnson power transform with a learnable λ (sklearn.preprocessing.PowerTransformer's _yeo_johnson_transform,
// λ trained instead of fitted): x ≥ 0: ((x + 1)^λ − 1)/λ (log(x + 1) at λ = 0); x < 0: −((1 − x)^(2−λ) − 1)/(2 − λ)
// (−log(1 − x) at λ = 2); if/else on the sign, ternaries on λ.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(10)]
public partial class YeoJohnsonLearnableLambda
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1, Initial = 0.5)] ReadOnlySpan<double> lambda)
    {
        double l = lambda[0];
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            if (v >= 0)
                y[i] = Math.Abs(l) > 1e-8 ? (Math.Pow(v + 1, l) - 1) / l : Math.Log(v + 1);
            else
                y[i] = Math.Abs(l - 2) > 1e-8 ? -(Math.Pow(1 - v, 2 - l) - 1) / (2 - l) : -Math.Log(1 - v);
        }
    }
}

// Finance: Vasicek zero-coupon bond prices P = A(τ) e^(−B(τ) r) and yields −ln P / τ at eight maturities from a static
// table, the short rate of each entry 3 % ± 5 % (tanh of the row); learnable log a (mean reversion), θ and log σ.
// Shape: Brigo & Mercurio, Interest Rate Models, §3.2.1, as a quant-finance tutorial codes it, in float.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(8, 16)]
public partial class VasicekZeroCouponPricesFloat
{
    static readonly float[] Maturities = { 0.5f, 1f, 2f, 3f, 5f, 7f, 10f, 20f };

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(1, Initial = -1.2)] ReadOnlySpan<float> logReversion,
        [Learnable(1, Initial = 0.04)] ReadOnlySpan<float> longRunMean,
        [Learnable(1, Initial = -4.5)] ReadOnlySpan<float> logVolatility)
    {
        float a = MathF.Exp(logReversion[0]);
        float theta = longRunMean[0];
        float sigma = MathF.Exp(logVolatility[0]);
        float s2 = sigma * sigma;
        for (int i = 0; i < x.Length; i++)
        {
            float r = 0.03f + 0.05f * MathF.Tanh(x[i]);
            float tau = Maturities[i];
            float b = (1f - MathF.Exp(-a * tau)) / a;
            float logA = (theta - s2 / (2f * a * a)) * (b - tau) - s2 * b * b / (4f * a);
            float logPrice = logA - b * r;
            y[i] = MathF.Exp(logPrice);
            y[x.Length + i] = -logPrice / tau;
        }
    }
}

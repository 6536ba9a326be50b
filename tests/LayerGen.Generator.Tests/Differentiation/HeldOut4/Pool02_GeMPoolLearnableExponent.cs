// Generalised-mean (GeM) pooling of image retrieval (Radenović et al.; cirtorch's gem: avg(clamp(x, eps)^p)^(1/p)) over
// 4 windows of 4, with the exponent learnable as p = 1 + exp(q) (starting at p = 3); Math.Pow with a learnable exponent.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16, 4)]
public partial class GeMPoolLearnableExponent
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1, Initial = 0.6931471805599453)] ReadOnlySpan<double> exponentLog)
    {
        const int Window = 4;
        double p = 1 + Math.Exp(exponentLog[0]);
        for (int w = 0; w < y.Length; w++)
        {
            double mean = 0;
            for (int k = 0; k < Window; k++)
                mean += Math.Pow(Math.Max(x[w * Window + k], 1e-6), p);
            mean /= Window;
            y[w] = Math.Pow(mean, 1 / p);
        }
    }
}

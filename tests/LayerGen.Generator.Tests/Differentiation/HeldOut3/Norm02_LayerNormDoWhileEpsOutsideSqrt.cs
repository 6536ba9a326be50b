// expect: gradient
// rows: no-ties
// LayerNorm with eps added to the standard deviation, not the variance (as in the Annotated Transformer's
// LayerNorm: a_2 * (x - mean) / (std + eps) + b_2, with torch.std's unbiased n - 1), learnable gain and bias, the
// mean taken in a do-while loop. no-ties: a row of equal values has std = sqrt(0), not differentiable. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(6)]
partial class LayerNormEpsOutside
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(6, Initial = 1)] ReadOnlySpan<double> a2, [Learnable(6)] ReadOnlySpan<double> b2)
    {
        int n = x.Length;
        double mean = 0;
        int i = 0;
        do
        {
            mean += x[i];
            i++;
        } while (i < n);
        mean /= n;

        double ss = 0;
        for (int j = 0; j < n; j++)
        {
            double d = x[j] - mean;
            ss += d * d;
        }
        double std = Math.Sqrt(ss / (n - 1));
        for (int j = 0; j < n; j++)
            y[j] = a2[j] * (x[j] - mean) / (std + 1e-6) + b2[j];
    }
}

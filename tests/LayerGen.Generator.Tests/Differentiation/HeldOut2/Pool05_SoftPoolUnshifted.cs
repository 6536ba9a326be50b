// SoftPool (Stergiou et al. 2021), kernel 2, stride 2: sum(exp(x) x) / sum(exp(x)) per window, no max shift (as in the paper's code).
// Re-creates: SoftPool's 1-D reference formula (shape only; our own code).
// expect: gradient
// rows: no-large
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(8, 4)]
public partial class SoftPoolUnshifted
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int w = 0; w < 4; w++)
        {
            double num = 0, den = 0;
            for (int k = 0; k < 2; k++)
            {
                double v = x[2 * w + k];
                double e = Math.Exp(v);
                num += e * v;
                den += e;
            }
            y[w] = num / den;
        }
    }
}

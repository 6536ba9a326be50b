// A bool local and && in a condition: a band-pass "keep if 0 < v < 2", else a scaled copy; the mask is multiplied in.
// Re-creates: none; `mask = (x > 0) & (x < 2); y = np.where(mask, x**2, 0.1 * x)`.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class BoolMaskAndLogic
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            bool inBand = x[i] > 0 && x[i] < 2;
            double mask = inBand ? 1.0 : 0.0;
            y[i] = mask * x[i] * x[i] + (1 - mask) * 0.1 * x[i];
        }
    }
}

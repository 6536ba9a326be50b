// Product of relu'd entries: p *= Math.Max(x[i], 0). Every row with a negative entry has an exact zero factor, so the
// output and every gradient are 0 (a backward that undoes the product by division would give NaN here).
// Re-creates: none; a deliberately hard loop-carried product.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(6, 2)]
public partial class ProductWithZeros
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double p = 1;
        double q = 1;
        for (int i = 0; i < x.Length; i++)
        {
            p *= Math.Max(x[i], 0);
            q *= 1 + 0.1 * x[i] * x[i];
        }
        y[0] = p;
        y[1] = q;
    }
}

// expect: error
// Complex arithmetic without System.Numerics: the product and quotient of two complex numbers per row quarter, with
// both operands unpacked at once by a nested tuple deconstruction `var ((ar, ai), (br, bi)) = ((…), (…));`. Flat tuple
// deconstruction is supported; a nested one is outside the subset. The error belongs to that statement.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(8)]
public partial class NestedDeconstructionComplexPairs
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int p = 0; p < 2; p++)
        {
            var ((ar, ai), (br, bi)) = ((x[4 * p], x[4 * p + 1]), (x[4 * p + 2], x[4 * p + 3])); //~ LG11
            double den = br * br + bi * bi + 1e-3;
            y[4 * p] = ar * br - ai * bi;
            y[4 * p + 1] = ar * bi + ai * br;
            y[4 * p + 2] = (ar * br + ai * bi) / den;
            y[4 * p + 3] = (ai * br - ar * bi) / den;
        }
    }
}

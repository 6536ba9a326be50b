// "Dropout" with the mask drawn from the bits of a fresh Guid's hash code (a trick seen in quick C# ports that avoid
// a Random field): non-deterministic, so the backward cannot reproduce the forward's mask.
// expect: error
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(8)]
public partial class GuidHashDropoutMask
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int bits = Guid.NewGuid().GetHashCode(); //~ LG11
        for (int i = 0; i < x.Length; i++)
        {
            int keep = (bits >> i) & 1;
            y[i] = keep * 2.0 * x[i];
        }
    }
}

// The overall sound pressure level of eight octave-band levels, L = 10 log₁₀ Σ 10^(Lᵢ / 10), written with .NET's
// double.Exp10 (not among the functions docs/custom-layers.md lists: Exp, Exp2, … but no Exp10).
// Shape of: acoustics scripts summing band levels (e.g. python-acoustics' dbsum), from memory.
// expect: error
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(8, 1)]
public partial class DecibelSumExp10
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double power = 0;
        for (int i = 0; i < x.Length; i++)
            power += double.Exp10(x[i] / 10); //~ LG11
        y[0] = 10 * Math.Log10(power);
    }
}

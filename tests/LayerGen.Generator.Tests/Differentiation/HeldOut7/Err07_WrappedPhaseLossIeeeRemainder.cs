// A circular (wrapped) phase loss, as in phase-aware audio and pose regression: the phase error is wrapped into
// [−π, π] by Math.IEEERemainder before it is squared. IEEERemainder is not among the supported calls of
// docs/custom-layers.md (its derivative is 1 except at the wrap, but the generator lists what it differentiates).
// expect: error
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8, 4)]
public partial class WrappedPhaseLossIeeeRemainder
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < 4; i++)
        {
            double wrapped = Math.IEEERemainder(x[i] - x[4 + i], 2 * Math.PI); //~ LG11
            y[i] = 0.5 * wrapped * wrapped;
        }
    }
}

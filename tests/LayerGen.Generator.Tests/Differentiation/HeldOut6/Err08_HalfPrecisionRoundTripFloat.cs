// expect: error
// Simulated fp16 storage of activations (a mixed-precision habit): each entry is rounded through System.Half before
// the nonlinearity. Half is no supported type and the cast is neither float nor double (docs: other expressions,
// LG1116). Our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(8)]
public partial class HalfPrecisionRoundTripFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float stored = (float)(Half)x[i]; //~ LG11
            y[i] = MathF.Tanh(stored);
        }
    }
}

// GELU, sigmoid approximation x·σ(1.702x), in float with double Math calls cast back: `(float)Math.Exp(...)`.
// Re-creates: TurtleML's SoftPlusActivation spelling `(float)Math.Log(1.0 + Math.Exp(value))` (float layer, double math).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class GeluSigmoidFloatCasts
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = v / (1f + (float)Math.Exp(-1.702 * v));
        }
    }
}

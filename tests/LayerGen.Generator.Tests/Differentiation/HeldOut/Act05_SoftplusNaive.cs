// Softplus written the NumPy way, np.log(1 + np.exp(x)), double. Overflows for x ≳ 710 in the forward itself, so the
// check skips the ±1000 row (the forward is +∞ there; no backward can be right).
// Re-creates: GradientDescentSharp's Softplus `MathF.Log(1 + MathF.Exp(x))`, in double.
// expect: gradient
// rows: no-large
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class SoftplusNaive
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Math.Log(1 + Math.Exp(x[i]));
        }
    }
}

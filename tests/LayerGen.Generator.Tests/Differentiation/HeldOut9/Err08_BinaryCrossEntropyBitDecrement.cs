// Losses: binary cross-entropy of sigmoid outputs against the second half of the row as soft targets, the probability
// clamped to the open interval with Math.BitIncrement(0.0) / Math.BitDecrement(1.0) — neither is a call the subset
// differentiates (clamp with constants such as 1e-12 and 1 − 1e-12).
// Shape: a C# port of a "never log(0)" BCE guard.
// expect: error
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(8, 4)]
public partial class BinaryCrossEntropyBitDecrement
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < 4; i++)
        {
            double q = 0.5 * (1 + Math.Tanh(0.5 * x[i]));
            double p = Math.Clamp(q, Math.BitIncrement(0.0), Math.BitDecrement(1.0)); //~ LG11
            double target = 0.5 * (1 + Math.Tanh(x[4 + i]));
            y[i] = -(target * Math.Log(p) + (1 - target) * Math.Log(1 - p));
        }
    }
}

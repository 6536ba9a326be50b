// A dense tanh layer (6 → 4) written by someone careful about index overflow: sizes as const class fields and the
// flat weight index computed inside checked(...), as C# code reviews sometimes ask for.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(6, 4)]
public partial class TanhDenseCheckedIndexConstFields
{
    const int In = 6;
    const int Out = 4;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(Out * In, StandardDeviation = 0.4)] ReadOnlySpan<double> weights,
        [Learnable(Out)] ReadOnlySpan<double> bias)
    {
        for (int o = 0; o < Out; o++)
        {
            double s = bias[o];
            for (int i = 0; i < In; i++)
            {
                int index = checked(o * In + i);
                s += weights[index] * x[i];
            }
            y[o] = Math.Tanh(s);
        }
    }
}

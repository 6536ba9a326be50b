// ReLU with an early `continue` for the negative entries, then a square for the rest: y = max(x, 0)².
// Re-creates: none; the guard-clause style of C# ports.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class ReluContinue
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] <= 0)
            {
                y[i] = 0;
                continue;
            }
            y[i] = x[i] * x[i];
        }
    }
}

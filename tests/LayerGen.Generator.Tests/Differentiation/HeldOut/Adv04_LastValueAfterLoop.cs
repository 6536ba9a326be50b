// A local overwritten in every iteration and read after the loop (its last value), plus `sum = sum + t` spelled out.
// Re-creates: none; exercises reads of values overwritten later.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(5, 2)]
public partial class LastValueAfterLoop
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double t = 0, sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            t = Math.Tanh(x[i]) * (t + 1);
            sum = sum + t * t;
        }
        y[0] = t;
        y[1] = sum;
    }
}

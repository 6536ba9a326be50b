// Dropout with Random.Shared inside the forward: random, so not a function of x; an error at the call is expected.
// Re-creates: the inverted-dropout mask `(np.random.rand(n) > p) / (1 - p)` ported with Random.Shared.
// expect: error
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class DropoutRandom
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double keep = Random.Shared.NextDouble() > 0.1 ? 1 / 0.9 : 0; //~ LG11
            y[i] = x[i] * keep;
        }
    }
}

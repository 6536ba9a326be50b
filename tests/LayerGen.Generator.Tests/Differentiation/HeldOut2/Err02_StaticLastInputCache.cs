// A forward that remembers the last row it saw in a static array "for the backward" (the hand-written layer habit).
// Re-creates: the cached-input pattern of hand-written layers (self.x = x in the NumPy "from scratch" books) (shape only; our own code).
// Writing a field from ForwardRow is a side effect: an error is what a user should get.
// expect: error
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(4)]
public partial class StaticLastInputCache
{
    static readonly double[] lastInput = new double[4];

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < 4; i++)
        {
            lastInput[i] = x[i]; //~ LG11
            y[i] = Math.Max(0.0, x[i]);
        }
    }
}

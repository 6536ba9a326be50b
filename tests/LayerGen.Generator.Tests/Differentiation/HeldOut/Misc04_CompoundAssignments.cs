// Every compound assignment on y and on a local: =, +=, -=, *=, /= on the same entry, all in float.
// Re-creates: none; y = ((x + 1)² − 3) / 2 · x built step by step.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(6)]
public partial class CompoundAssignments
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float t = x[i];
            t += 1;
            y[i] = t;
            y[i] *= t;
            y[i] -= 3;
            y[i] /= 2;
            y[i] *= x[i];
        }
    }
}

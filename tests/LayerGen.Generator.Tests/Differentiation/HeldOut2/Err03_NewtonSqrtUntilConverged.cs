// RMS scaling with a hand-rolled Newton square root iterated until it converges (a loop whose exit depends on the data).
// Re-creates: the Babylonian-method sqrt of "no Math library" ports (shape only; our own code).
// The trip count depends on the row, so no fixed reverse sweep exists: an error is what a user should get.
// expect: error
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(4)]
public partial class NewtonSqrtUntilConverged
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double s = 1e-6;
        for (int i = 0; i < x.Length; i++) s += x[i] * x[i] / x.Length;
        double root = s;
        while (Math.Abs(root * root - s) > 1e-12 * s) //~ LG11
            root = 0.5 * (root + s / root);
        for (int i = 0; i < x.Length; i++) y[i] = x[i] / root;
    }
}

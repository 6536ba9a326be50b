// A sum of downward steps that skips the sample after each detected drop by incrementing the for loop's own variable
// in its body (docs/custom-layers.md: a loop whose variable the body assigns is LG1113), written as one compact line.
// Shape of: peak/drop detectors in C ports of signal-processing code (our own).
// expect: error
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(10, 1)]
public partial class DropSkipsLoopVariableInBody
{
    const double Gap = 0.5;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double total = 0;
        for (int i = 0; i + 1 < x.Length; i++) { if (x[i] - x[i + 1] > Gap) { total += x[i] - x[i + 1]; i++; } } //~ LG11
        y[0] = total;
    }
}

// RMSNorm in double written with `while` loops whose bounds are known on entry (a C port's habit), no parameters.
// Re-creates: none; the same llama-style RMSNorm with while loops.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class RmsNormWhile
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double meanSquare = 0;
        int i = 0;
        while (i < x.Length)
        {
            meanSquare += x[i] * x[i];
            i++;
        }
        meanSquare /= x.Length;
        double scale = 1 / Math.Sqrt(meanSquare + 1e-6);
        int j = 0;
        while (j < y.Length)
        {
            y[j] = x[j] * scale;
            j++;
        }
    }
}

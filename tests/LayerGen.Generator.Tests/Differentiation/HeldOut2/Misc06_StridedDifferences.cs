// Strided first differences, y_k = x[2k + 2] - x[2k], with the loop variable stepping by 2 (9 inputs to 4 outputs).
// Re-creates: np.diff(x[::2]) as people write it with a strided for loop (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(9, 4)]
public partial class StridedDifferences
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i + 2 < x.Length; i += 2)
            y[i / 2] = x[i + 2] - x[i];
    }
}

// expect: error
// A reversed cumulative sum ("suffix sums", np.cumsum(x[::-1])[::-1]) ported by computing prefix sums of the reversed
// row in y and reversing y in place with MemoryExtensions.Reverse: only Clear, Fill and CopyTo are supported span
// calls (docs: calls of other methods, LG1111). Our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(8)]
public partial class SpanReverseInPlace
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double running = 0;
        for (int i = 0; i < x.Length; i++)
        {
            running += x[x.Length - 1 - i];
            y[i] = running;
        }
        y.Reverse(); //~ LG11
    }
}

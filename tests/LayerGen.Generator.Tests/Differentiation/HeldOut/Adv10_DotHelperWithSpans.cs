// A private static Dot(ReadOnlySpan<double>, ReadOnlySpan<double>) helper, called on the two halves of the row.
// Re-creates: the ubiquitous `static float Dot(float[] a, float[] b)` helper of hand-written nets, on spans.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8, 1)]
public partial class DotHelperWithSpans
{
    static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        y[0] = Dot(x.Slice(0, 4), x.Slice(4, 4));
    }
}

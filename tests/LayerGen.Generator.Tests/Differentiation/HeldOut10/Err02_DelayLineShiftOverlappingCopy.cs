// expect: error
// Audio: a feed-forward comb filter y[n] = x[n] + g·x[n − 3] with a delay line shifted by one sample per step through
// an overlapping copy `line[..^1].CopyTo(line[1..])` (Span.CopyTo handles the overlap like memmove, which is why
// C# users write it). A copy onto an overlapping later window of the same span is outside the subset.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(8)]
public partial class DelayLineShiftOverlappingCopy
{
    const double Gain = 0.6;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        Span<double> line = stackalloc double[4];
        line.Clear();
        for (int n = 0; n < x.Length; n++)
        {
            line[..^1].CopyTo(line[1..]); //~ LG11
            line[0] = x[n];
            y[n] = line[0] + Gain * line[3];
        }
    }
}

// Pre-emphasis filter of a speech front end: y[0] = x[0], y[i] = x[i] − a·x[i−1], a = 0.97.
// Shape of python_speech_features.sigproc.preemphasis (numpy.append(signal[0], signal[1:] - coeff * signal[:-1])).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(20)]
public partial class PreEmphasisFirstSampleKept
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const double Alpha = 0.97;
        y[0] = x[0];
        for (int i = 1; i < x.Length; i++)
            y[i] = x[i] - Alpha * x[i - 1];
    }
}

// DC blocker (one-pole high-pass): y[n] = x[n] − x[n−1] + R·y[n−1], R = 0.995, zero initial state, written with the
// two state variables of the classic C loop (J. O. Smith's DC blocker; scipy.signal.lfilter([1, -1], [1, -R], x)).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16)]
public partial class DcBlockerStateLocalsFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        const float R = 0.995f;
        float previousInput = 0f, previousOutput = 0f;
        for (int n = 0; n < x.Length; n++)
        {
            float output = x[n] - previousInput + R * previousOutput;
            previousInput = x[n];
            previousOutput = output;
            y[n] = output;
        }
    }
}

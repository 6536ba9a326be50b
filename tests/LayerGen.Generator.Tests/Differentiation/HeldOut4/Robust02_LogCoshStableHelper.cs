// log(cosh(x)) without overflow, |x| + log(1 + e^(−2|x|)) − log 2, in a static helper of several statements
// (the _logcosh of tf.keras.losses.log_cosh: x + softplus(−2x) − log 2).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16)]
public partial class LogCoshStableHelper
{
    static double LogCosh(double v)
    {
        double a = Math.Abs(v);
        double tail = Math.Log(1 + Math.Exp(-2 * a));
        return a + tail - Math.Log(2);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
            y[i] = LogCosh(x[i]);
    }
}

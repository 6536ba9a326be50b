// Log-sum-exp over 8 inputs to 1 output with the running max kept by an index (argmax), then gathered: x[best].
// Re-creates: scipy.special.logsumexp written with np.argmax for the shift, as many ports do.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8, 1)]
public partial class LogSumExpArgmaxShift
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int best = 0;
        for (int i = 1; i < x.Length; i++)
        {
            if (x[i] > x[best]) best = i;
        }
        double shift = x[best];
        double sum = 0;
        for (int i = 0; i < x.Length; i++) sum += Math.Exp(x[i] - shift);
        y[0] = shift + Math.Log(sum);
    }
}

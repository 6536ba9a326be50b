// expect: gradient
// ARIMA(2,1,0) one-step forecasts over a row: first differences into a stackalloc buffer, an AR(2) with learnable
// coefficients and drift on the differences, integrated back onto the last level; seven in-sample forecasts and the
// next one. Float, a counting do-while. Shape from textbook ARIMA recursions (Box & Jenkins); our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(10, 8)]
public partial class ArimaDifferenceAr2LearnableFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(2, Initial = 0.3f)] ReadOnlySpan<float> phi,
                           [Learnable(1)] ReadOnlySpan<float> drift)
    {
        Span<float> d = stackalloc float[9];
        for (int t = 1; t < x.Length; t++) d[t - 1] = x[t] - x[t - 1];

        // forecast of x[t] from x[t - 1] and the two differences before it, t = 3 … 10 (10 is the next step)
        int k = 3;
        do
        {
            float predictedDiff = drift[0] + phi[0] * d[k - 2] + phi[1] * d[k - 3];
            y[k - 3] = x[k - 1] + predictedDiff;
            k++;
        } while (k <= x.Length);
    }
}

// A scalar Kalman filter whose covariance lives in a stackalloc slot updated through a `ref double` local, the
// C# performance habit of aliasing an element. Locals must be float, double, int, bool or spans
// (docs/custom-layers.md): a ref local is outside the subset; its later reads and writes are not reported again.
// expect: error
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8)]
public partial class KalmanRefLocalCovariance
{
    const double ProcessNoise = 0.01, MeasurementNoise = 0.25;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        Span<double> state = stackalloc double[2]; // estimate, covariance
        state[0] = x[0];
        state[1] = 1.0;
        ref double covariance = ref state[1]; //~ LG11
        for (int t = 0; t < x.Length; t++)
        {
            covariance += ProcessNoise;
            double gain = covariance / (covariance + MeasurementNoise);
            state[0] += gain * (x[t] - state[0]);
            covariance *= 1 - gain;
            y[t] = state[0];
        }
    }
}

// expect: gradient
// A 4th-order high-pass as two cascaded RBJ biquad sections (f0 = fs/10, Q = 0.8), each sample pushed through a
// static helper that takes the section's two state variables by ref, as C/C# filter code is factored. Shape from the
// Audio EQ Cookbook and cascaded-biquad (SOS) loops like scipy.signal.sosfilt; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(16)]
public partial class BiquadHighpassCascadeRefStateHelper
{
    static double Tick(double v, ref double s1, ref double s2, double b0, double b1, double b2, double a1, double a2)
    {
        double output = b0 * v + s1;
        s1 = b1 * v - a1 * output + s2;
        s2 = b2 * v - a2 * output;
        return output;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double w0 = 2 * Math.PI / 10;
        double alpha = Math.Sin(w0) / (2 * 0.8);
        double cosw = Math.Cos(w0);
        double a0 = 1 + alpha;
        double b0 = (1 + cosw) / 2 / a0, b1 = -(1 + cosw) / a0, b2 = b0;
        double a1 = -2 * cosw / a0, a2 = (1 - alpha) / a0;

        double s1a = 0, s2a = 0, s1b = 0, s2b = 0;
        for (int n = 0; n < x.Length; n++)
        {
            double first = Tick(x[n], ref s1a, ref s2a, b0, b1, b2, a1, a2);
            y[n] = Tick(first, ref s1b, ref s2b, b0, b1, b2, a1, a2);
        }
    }
}

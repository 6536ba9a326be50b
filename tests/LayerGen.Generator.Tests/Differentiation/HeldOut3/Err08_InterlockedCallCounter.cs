// expect: error
// A GELU layer that counts its rows in a static field with Interlocked.Increment (thread-safe instrumentation):
// ForwardRow mutates a field. Expected: an LG11xx error at the Interlocked.Increment line. Our own code.
using System;
using System.Threading;
using LayerGen;

[DifferentiableLayer(8)]
partial class GeluCountingRows
{
    static long rowsSeen;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        Interlocked.Increment(ref rowsSeen); //~ LG11
        double c = Math.Sqrt(2.0 / Math.PI);
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = 0.5 * v * (1.0 + Math.Tanh(c * (v + 0.044715 * v * v * v)));
        }
    }
}

// Softmax whose temperature is read from an environment variable inside the forward (a debugging hack left in).
// Re-creates: configuration read at the point of use, as in quick experiment scripts (shape only; our own code).
// Reading the environment and parsing text is I/O, not differentiable arithmetic: an error is what a user should get.
// expect: error
using System;
using System.Globalization;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(6)]
public partial class TemperatureFromEnvironment
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float t = float.Parse(Environment.GetEnvironmentVariable("SOFTMAX_T") ?? "1", CultureInfo.InvariantCulture); //~ LG11
        float max = x[0];
        for (int i = 1; i < x.Length; i++) max = MathF.Max(max, x[i]);
        float sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp((x[i] - max) / t);
            sum += y[i];
        }
        for (int i = 0; i < x.Length; i++) y[i] /= sum;
    }
}

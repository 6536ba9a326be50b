// Softmax with a temperature the training loop anneals from outside (a public static field that ForwardRow only reads,
// like a Gumbel-softmax τ schedule without the noise): y = softmax(x/τ) with a max shift.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(8)]
public partial class StaticMutableTemperatureRead
{
    /// <summary>The softmax temperature, set by the training loop between epochs.</summary>
    public static double Temperature = 2.0;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double max = x[0];
        for (int i = 1; i < x.Length; i++)
            max = Math.Max(max, x[i]);
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Math.Exp((x[i] - max) / Temperature);
            sum += y[i];
        }
        for (int i = 0; i < x.Length; i++)
            y[i] /= sum;
    }
}

// Softmax with a temperature (const), the max kept with a ternary `m = x[i] > m ? x[i] : m`, and 1/sum multiplied in.
// Re-creates: the sampling softmax `np.exp((x - x.max()) / T); p /= p.sum()` of text-generation scripts.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class SoftmaxTemperatureTernaryMax
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const double Temperature = 0.7;
        double m = x[0];
        for (int i = 1; i < x.Length; i++) m = x[i] > m ? x[i] : m;
        double total = 0;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Math.Exp((x[i] - m) / Temperature);
            total += y[i];
        }
        double inverse = 1.0 / total;
        for (int i = 0; i < x.Length; i++) y[i] *= inverse;
    }
}

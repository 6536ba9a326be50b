// A "hard" top-1 routing weight without Gumbel noise (Switch Transformer's router at inference): softmax of the
// logits at temperature 0.5, then every entry but the arg-max is masked to zero by comparing with the maximum.
// rows: no-ties
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(8)]
public partial class Top1MaskedSoftmaxTemperature
{
    const double Temperature = 0.5;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double max = x[0];
        for (int i = 1; i < x.Length; i++) max = x[i] > max ? x[i] : max;
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Math.Exp((x[i] - max) / Temperature);
            sum += y[i];
        }
        for (int i = 0; i < x.Length; i++)
        {
            double keep = x[i] >= max ? 1.0 : 0.0;
            y[i] = keep * y[i] / sum;
        }
    }
}

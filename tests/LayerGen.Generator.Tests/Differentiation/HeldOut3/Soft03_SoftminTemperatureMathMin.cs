// expect: gradient
// Softmin with a temperature (torch.nn.Softmin of x / T): exp(-(x - min)/T) normalised, the row minimum found with
// Math.Min, the division by the sum written as a multiplication by its reciprocal. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(6)]
partial class SoftminTemperature
{
    const double Temperature = 0.5;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double min = double.PositiveInfinity;
        for (int i = 0; i < x.Length; i++) min = Math.Min(min, x[i]);
        double total = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double e = Math.Exp(-(x[i] - min) / Temperature);
            y[i] = e;
            total += e;
        }
        double inv = 1.0 / total;
        for (int i = 0; i < x.Length; i++) y[i] *= inv;
    }
}

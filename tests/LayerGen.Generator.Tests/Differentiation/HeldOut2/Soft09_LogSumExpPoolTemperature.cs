// Log-sum-exp pooling of a row to one value with sharpness r = 4: m + log(mean(exp(r (x - m)))) / r.
// Re-creates: the LSE pooling of weakly supervised segmentation (Pinheiro & Collobert 2015) (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(8, 1)]
public partial class LogSumExpPoolTemperature
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const double r = 4.0;
        double m = double.NegativeInfinity;
        foreach (double v in x) m = v > m ? v : m;
        double acc = 0.0;
        foreach (double v in x) acc += Math.Exp(r * (v - m));
        y[0] = m + Math.Log(acc / x.Length) / r;
    }
}

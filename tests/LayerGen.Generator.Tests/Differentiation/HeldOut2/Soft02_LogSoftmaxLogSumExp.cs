// Log-softmax through log-sum-exp: y = x - (m + log sum exp(x - m)), with the max taken by Math.Max in a loop.
// Re-creates: scipy.special.log_softmax's formula (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(8)]
public partial class LogSoftmaxLogSumExp
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double m = x[0];
        for (int i = 1; i < x.Length; i++) m = Math.Max(m, x[i]);
        double s = 0;
        for (int i = 0; i < x.Length; i++) s += Math.Exp(x[i] - m);
        double lse = m + Math.Log(s);
        for (int i = 0; i < x.Length; i++) y[i] = x[i] - lse;
    }
}

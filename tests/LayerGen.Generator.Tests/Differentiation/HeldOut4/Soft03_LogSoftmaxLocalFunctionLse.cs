// Log-softmax through a static local function that returns the row's log-sum-exp (max by `foreach` and `if`, then
// max + log Σ exp(v − max)), the way scipy.special.logsumexp is usually hand-ported.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(10)]
public partial class LogSoftmaxLocalFunctionLse
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double lse = LogSumExp(x);
        for (int i = 0; i < x.Length; i++)
            y[i] = x[i] - lse;

        static double LogSumExp(ReadOnlySpan<double> v)
        {
            double max = v[0];
            foreach (var e in v)
            {
                if (e > max)
                    max = e;
            }
            double sum = 0;
            foreach (var e in v)
                sum += Math.Exp(e - max);
            return max + Math.Log(sum);
        }
    }
}

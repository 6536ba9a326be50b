// expect: error
// Shannon entropy in bits of the softmax of the row, written with Math.Log(p, 2) as in information-theory notes: the
// two-argument Log is outside the subset (docs: write Math.Log(v) / Math.Log(base)). Our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(5, 1)]
public partial class EntropyBitsLogWithBase
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double max = x[0];
        for (int i = 1; i < x.Length; i++) max = Math.Max(max, x[i]);
        double sum = 0;
        for (int i = 0; i < x.Length; i++) sum += Math.Exp(x[i] - max);

        double entropy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double p = Math.Exp(x[i] - max) / sum;
            entropy -= p * Math.Log(p, 2); //~ LG11
        }
        y[0] = entropy;
    }
}

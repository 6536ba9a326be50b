// 1-D max pooling, window 3, stride 1, padding 1 with −∞ (torch.nn.MaxPool1d(3, stride=1, padding=1)): the padded read
// is a ternary on the int index, the window maximum an `if` over a running local. The output is a maximum itself.
// expect: gradient
// rows: no-ties no-large
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16)]
public partial class MaxPool1dPaddedNegInfinity
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double best = double.NegativeInfinity;
            for (int k = -1; k <= 1; k++)
            {
                int j = i + k;
                double v = j >= 0 && j < x.Length ? x[j] : double.NegativeInfinity;
                if (v > best)
                    best = v;
            }
            y[i] = best;
        }
    }
}

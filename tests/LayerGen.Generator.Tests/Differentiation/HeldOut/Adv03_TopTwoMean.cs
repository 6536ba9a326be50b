// Mean of the two largest entries, kept with two running maxima updated in an if / else-if chain (loop-carried pair).
// Re-creates: none; a top-k (k = 2) pooling written with comparisons. No tie rows: a tie at the top is a kink.
// expect: gradient
// rows: no-ties
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(7, 1)]
public partial class TopTwoMean
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double first = double.NegativeInfinity, second = double.NegativeInfinity;
        foreach (double v in x)
        {
            if (v > first)
            {
                second = first;
                first = v;
            }
            else if (v > second)
            {
                second = v;
            }
        }
        y[0] = (first + second) / 2;
    }
}

// A dropout-free deterministic mask by comparison (keep the entries above the row mean, as in "mean-threshold
// attention masking"): keep = x_i > mean ? 1 : 0, y_i = keep · x_i + (1 − keep) · 0.1 x_i.
// The mask jumps where an entry equals the mean, which rows of repeated values can hit exactly.
// rows: no-ties
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(10)]
public partial class AboveMeanComparisonMask
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double mean = 0;
        for (int i = 0; i < x.Length; i++) mean += x[i];
        mean /= x.Length;
        for (int i = 0; i < x.Length; i++)
        {
            double keep = x[i] > mean ? 1.0 : 0.0;
            y[i] = keep * x[i] + (1 - keep) * 0.1 * x[i];
        }
    }
}

// Standardisation with the unbiased standard deviation (torch.std's default correction=1; (x − mean)/(std + 1e-8) as in
// many RL advantage normalisers), the statistics returned as a named tuple from a static helper and deconstructed.
// A row of equal values has std = 0, where the square root has no derivative.
// expect: gradient
// rows: no-ties
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(10)]
public partial class StandardiseUnbiasedTupleHelper
{
    static (double Mean, double Std) MeanAndStd(ReadOnlySpan<double> v)
    {
        double mean = 0;
        for (int i = 0; i < v.Length; i++)
            mean += v[i];
        mean /= v.Length;
        double squares = 0;
        for (int i = 0; i < v.Length; i++)
            squares += (v[i] - mean) * (v[i] - mean);
        return (mean, Math.Sqrt(squares / (v.Length - 1)));
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        var (mean, std) = MeanAndStd(x);
        for (int i = 0; i < x.Length; i++)
            y[i] = (x[i] - mean) / (std + 1e-8);
    }
}

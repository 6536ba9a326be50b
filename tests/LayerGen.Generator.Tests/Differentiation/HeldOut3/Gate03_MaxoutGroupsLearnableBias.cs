// expect: gradient
// rows: no-ties
// Maxout (Goodfellow et al. 2013) over groups of 4 pieces with a learnable bias per piece: 12 inputs, 3 outputs, the
// max written as `if (v > best) best = v` with an index computed from the group. no-ties: the output is a maximum.
// Our own code.
using System;
using LayerGen;

[DifferentiableLayer(12, 3)]
partial class MaxoutGroups
{
    const int Pieces = 4;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(12)] ReadOnlySpan<double> bias)
    {
        for (int g = 0; g < y.Length; g++)
        {
            int start = g * Pieces;
            double best = x[start] + bias[start];
            for (int j = 1; j < Pieces; j++)
            {
                double v = x[start + j] + bias[start + j];
                if (v > best) best = v;
            }
            y[g] = best;
        }
    }
}

// Contrastive loss of Hadsell, Chopra and LeCun (2006) on a row of two embeddings a | b: one output for the
// "similar" label (½ D²), one for "dissimilar" (½ max(0, m − D)²), so both branches are trained.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(8, 2)]
public partial class ContrastivePairsSimilarFlag
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const double margin = 2.0;
        double squared = 1e-9;
        for (int i = 0, j = 4; i < 4; i++, j++)
        {
            double d = x[i] - x[j];
            squared += d * d;
        }
        double distance = Math.Sqrt(squared);
        y[0] = 0.5 * squared;
        double gap = Math.Max(0.0, margin - distance);
        y[1] = 0.5 * gap * gap;
    }
}

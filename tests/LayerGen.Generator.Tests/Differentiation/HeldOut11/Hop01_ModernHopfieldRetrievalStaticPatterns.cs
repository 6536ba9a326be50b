// expect: gradient
// One retrieval step of a modern Hopfield network (Ramsauer et al., "Hopfield Networks is All You Need"):
// ξ_new = Xᵀ·softmax(β·X·ξ) over four stored patterns of length 6 in a static readonly table, β = 2, then the energy
// −lse(β, Xξ) + ½ξᵀξ as a seventh output. Shape of the hopfield-layers reference code ported to a row, written from
// memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(6, 7)]
public partial class ModernHopfieldRetrievalStaticPatterns
{
    const int Patterns = 4, Width = 6;
    const double Beta = 2.0;

    static readonly double[] Stored =
    [
        0.5, -0.3, 0.8, 0.1, -0.6, 0.2,
        -0.4, 0.7, 0.0, -0.2, 0.3, 0.9,
        0.6, 0.6, -0.5, 0.4, 0.1, -0.7,
        -0.1, -0.8, 0.2, 0.9, 0.5, 0.0,
    ];

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        Span<double> score = stackalloc double[Patterns];
        for (int p = 0; p < Patterns; p++)
        {
            double dot = 0;
            for (int j = 0; j < Width; j++) dot += Stored[p * Width + j] * x[j];
            score[p] = Beta * dot;
        }

        double max = double.NegativeInfinity;
        foreach (double s in score) max = Math.Max(max, s);
        double sum = 0;
        for (int p = 0; p < Patterns; p++)
        {
            score[p] = Math.Exp(score[p] - max);
            sum += score[p];
        }

        for (int j = 0; j < Width; j++)
        {
            double acc = 0;
            for (int p = 0; p < Patterns; p++) acc += score[p] / sum * Stored[p * Width + j];
            y[j] = acc;
        }

        double half = 0;
        foreach (double v in x) half += 0.5 * v * v;
        y[Width] = -(max + Math.Log(sum)) / Beta + half;
    }
}

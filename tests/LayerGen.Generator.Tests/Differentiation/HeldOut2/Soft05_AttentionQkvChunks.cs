// Scaled dot-product self-attention over one row that packs three tokens' queries, keys and values:
// x = [Q (3x2) | K (3x2) | V (3x2)], out = softmax(Q K^T / sqrt(2)) V, 18 inputs to 6 outputs.
// Re-creates: the NumPy "attention from scratch" tutorial (scores, row softmax, weighted values) (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(18, 6)]
public partial class AttentionQkvChunks
{
    const int Tokens = 3;
    const int Dim = 2;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        ReadOnlySpan<double> q = x.Slice(0, Tokens * Dim);
        ReadOnlySpan<double> k = x.Slice(Tokens * Dim, Tokens * Dim);
        ReadOnlySpan<double> v = x.Slice(2 * Tokens * Dim, Tokens * Dim);
        double scale = 1.0 / Math.Sqrt(Dim);
        Span<double> scores = stackalloc double[Tokens];

        for (int i = 0; i < Tokens; i++)
        {
            double max = double.NegativeInfinity;
            for (int j = 0; j < Tokens; j++)
            {
                double dot = 0;
                for (int d = 0; d < Dim; d++) dot += q[i * Dim + d] * k[j * Dim + d];
                scores[j] = dot * scale;
                if (scores[j] > max) max = scores[j];
            }
            double sum = 0;
            for (int j = 0; j < Tokens; j++)
            {
                scores[j] = Math.Exp(scores[j] - max);
                sum += scores[j];
            }
            for (int d = 0; d < Dim; d++)
            {
                double acc = 0;
                for (int j = 0; j < Tokens; j++) acc += scores[j] / sum * v[j * Dim + d];
                y[i * Dim + d] = acc;
            }
        }
    }
}

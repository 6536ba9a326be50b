// Sliding-window (local) self-attention over a row of 8 tokens of 2 features: each token attends to the tokens within
// two positions of it (Longformer's local band, written as loops with clamped window bounds), with learnable query and
// key projections and the tokens themselves as values. Shape of a NumPy reference of banded attention, from memory.
// A user expects the gradient with respect to the tokens and both projections.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(16)]
public partial class SlidingWindowAttentionLearnable
{
    const int Tokens = 8, Dim = 2, Radius = 2;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(Dim * Dim, StandardDeviation = 0.5)] ReadOnlySpan<double> wq,
                           [Learnable(Dim * Dim, StandardDeviation = 0.5)] ReadOnlySpan<double> wk)
    {
        Span<double> q = stackalloc double[Tokens * Dim];
        Span<double> k = stackalloc double[Tokens * Dim];
        for (int t = 0; t < Tokens; t++)
        {
            for (int o = 0; o < Dim; o++)
            {
                double sq = 0, sk = 0;
                for (int i = 0; i < Dim; i++)
                {
                    sq += wq[o * Dim + i] * x[t * Dim + i];
                    sk += wk[o * Dim + i] * x[t * Dim + i];
                }
                q[t * Dim + o] = sq;
                k[t * Dim + o] = sk;
            }
        }

        double scale = 1.0 / Math.Sqrt(Dim);
        Span<double> scores = stackalloc double[2 * Radius + 1];
        for (int t = 0; t < Tokens; t++)
        {
            int lo = Math.Max(0, t - Radius), hi = Math.Min(Tokens - 1, t + Radius);
            double max = double.NegativeInfinity;
            for (int j = lo; j <= hi; j++)
            {
                double s = 0;
                for (int i = 0; i < Dim; i++) s += q[t * Dim + i] * k[j * Dim + i];
                s *= scale;
                scores[j - lo] = s;
                if (s > max) max = s;
            }

            double sum = 0;
            for (int j = lo; j <= hi; j++)
            {
                scores[j - lo] = Math.Exp(scores[j - lo] - max);
                sum += scores[j - lo];
            }

            for (int i = 0; i < Dim; i++)
            {
                double acc = 0;
                for (int j = lo; j <= hi; j++) acc += scores[j - lo] * x[j * Dim + i];
                y[t * Dim + i] = acc / sum;
            }
        }
    }
}

// Single-query attention on one row: x = [q (2) | keys 3×2 | values 3×2] (14 inputs) → 2 outputs; scores q·k/√d in a
// stackalloc buffer, a stable softmax, the weighted sum of values. Nested loops, different sizes.
// Re-creates: scaled dot-product attention (Vaswani et al.) for one query, as llama2.c's per-head loop writes it.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(14, 2)]
public partial class SingleQueryAttention
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const int D = 2, T = 3;
        Span<double> att = stackalloc double[T];
        double max = double.NegativeInfinity;
        for (int t = 0; t < T; t++)
        {
            double score = 0;
            for (int i = 0; i < D; i++) score += x[i] * x[D + t * D + i];
            score /= Math.Sqrt(D);
            att[t] = score;
            if (score > max) max = score;
        }
        double sum = 0;
        for (int t = 0; t < T; t++)
        {
            att[t] = Math.Exp(att[t] - max);
            sum += att[t];
        }
        for (int i = 0; i < D; i++)
        {
            double acc = 0;
            for (int t = 0; t < T; t++) acc += att[t] / sum * x[D + T * D + t * D + i];
            y[i] = acc;
        }
    }
}

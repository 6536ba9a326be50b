// expect: gradient
// Single-head self-attention inside one row: the row holds 4 tokens of dimension 3 (queries = keys = values = the
// tokens, as in the parameter-free attention of the Annotated Transformer's `attention(q, k, v)`), scores scaled by
// 1/√d, softmax per query in a stackalloc buffer, nested loops with index arithmetic. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(12)]
partial class TokenSelfAttention
{
    const int Tokens = 4;
    const int Dim = 3;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        Span<double> scores = stackalloc double[Tokens];
        double scale = 1.0 / Math.Sqrt(Dim);
        for (int q = 0; q < Tokens; q++)
        {
            double max = double.NegativeInfinity;
            for (int k = 0; k < Tokens; k++)
            {
                double dot = 0;
                for (int d = 0; d < Dim; d++)
                    dot += x[q * Dim + d] * x[k * Dim + d];
                scores[k] = dot * scale;
                if (scores[k] > max) max = scores[k];
            }
            double sum = 0;
            for (int k = 0; k < Tokens; k++)
            {
                scores[k] = Math.Exp(scores[k] - max);
                sum += scores[k];
            }
            for (int d = 0; d < Dim; d++)
            {
                double acc = 0;
                for (int k = 0; k < Tokens; k++)
                    acc += scores[k] * x[k * Dim + d];
                y[q * Dim + d] = acc / sum;
            }
        }
    }
}

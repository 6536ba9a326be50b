// Source: ProdLDA / AVITM document-topic proportions (Srivastava & Sutton 2017; akashgit/autoencoding_vi_for_topic_models,
// Pyro ProdLDA example: theta = softmax(z) over the topics of each document).
// Layout: flat ReadOnlyMemory<double> [documents * topics] with one `.Span.Slice` per document, written to a
// Memory<double> of the same layout; the document loop counts until the buffer is used up.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class ProdLda_TopicProportions
{
    public static void Theta(ReadOnlyMemory<double> z, int topics, Memory<double> theta)
    {
        for (int d = 0; (d + 1) * topics <= z.Length; d++)
        {
            ReadOnlySpan<double> x = z.Span.Slice(d * topics, topics);
            Span<double> y = theta.Span.Slice(d * topics, topics);
            double peak = x[0];
            for (int t = 1; t < topics; t++)
                if (x[t] > peak) peak = x[t];
            double norm = 0;
            for (int t = 0; t < topics; t++)
            {
                y[t] = Math.Exp(x[t] - peak);
                norm += y[t];
            }
            for (int t = 0; t < topics; t++)
                y[t] /= norm;
        }
    }
}

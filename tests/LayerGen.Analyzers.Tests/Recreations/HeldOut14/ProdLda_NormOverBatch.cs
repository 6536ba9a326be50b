// Source: ProdLDA / AVITM document-topic proportions (Srivastava & Sutton 2017), a port that normalises "the batch
// output" in one sweep.
// Layout: flat Memory<double> [documents * topics]; each document is shifted by its own peak through a Span slice,
// then one foreach over the whole output span sums the normaliser and every document is divided by it.
// Bug LG0002: the normaliser sums every document's exponentials, not one document's topics.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class ProdLda_NormOverBatch
{
    public static void Theta(ReadOnlyMemory<double> z, int topics, Memory<double> theta)
    {
        int documents = z.Length / topics;
        for (int d = 0; d < documents; d++)
        {
            ReadOnlySpan<double> x = z.Span.Slice(d * topics, topics);
            Span<double> y = theta.Span.Slice(d * topics, topics);
            double peak = double.NegativeInfinity;
            foreach (double v in x)
                peak = Math.Max(peak, v);
            for (int t = 0; t < topics; t++)
                y[t] = Math.Exp(x[t] - peak);
        }

        double norm = 0;
        foreach (double e in theta.Span)
            norm += e; //~ LG0002
        for (int d = 0; d < documents; d++)
        {
            Span<double> y = theta.Span.Slice(d * topics, topics);
            for (int t = 0; t < topics; t++)
                y[t] /= norm;
        }
    }
}

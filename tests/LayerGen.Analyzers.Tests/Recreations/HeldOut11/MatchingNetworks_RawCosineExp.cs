// Re-creates the shape of the attention kernel of Matching Networks (Vinyals et al. 2016; the few-shot learning
// re-implementations): a(x, x_i) = softmax over the support set of scale * cos(f(x), g(x_i)), and the label
// distribution sum_i a(x, x_i) y_i.
// Layout: support-major double[support, queries] cosines (column softmax), int[] support labels.
// Bug (LG0003): exp(scale * cos) is taken raw — "a cosine is bounded" holds only while the learnable scale is small.
using System;

namespace HeldOut11;

public static class MatchingNetworks_RawCosineExp
{
    public static void Attend(double[,] cosine, double scale, int[] supportLabel, double[,] attention, double[,] labelDistribution)
    {
        int support = cosine.GetLength(0);
        int queries = cosine.GetLength(1);
        for (int q = 0; q < queries; q++)
        {
            double total = 0.0;
            for (int i = 0; i < support; i++)
            {
                attention[i, q] = Math.Exp(scale * cosine[i, q]); //~ LG0003
                total += attention[i, q];
            }
            for (int i = 0; i < support; i++)
            {
                attention[i, q] /= total;
                labelDistribution[q, supportLabel[i]] += attention[i, q];
            }
        }
    }
}

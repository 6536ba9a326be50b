// Source: search reranking with a cross-encoder (sentence-transformers CrossEncoder, ms-marco rerankers), listwise
// softmax over each query's candidate passages; the model output comes back passage-major.
// Layout: double[passages, queries], a per-passage peak array filled in one sweep, the softmax down each column.
// Bug LG0004: the peak is taken across the queries of a passage (a row) while the sum runs over the passages of a
// query (a column).
using System;

namespace HeldOut20.CrossEncoderRerankRowPeak;

public static class ListwiseReranker
{
    public static void TopOne(double[,] scores, double[,] probabilities)
    {
        int passages = scores.GetLength(0);
        int queries = scores.GetLength(1);
        double[] peak = new double[passages];
        for (int p = 0; p < passages; p++)
        {
            peak[p] = double.NegativeInfinity;
            for (int q = 0; q < queries; q++)
            {
                peak[p] = Math.Max(peak[p], scores[p, q]); //~ LG0004
            }
        }

        for (int q = 0; q < queries; q++)
        {
            double sum = 0.0;
            for (int p = 0; p < passages; p++)
            {
                probabilities[p, q] = Math.Exp(scores[p, q] - peak[p]);
                sum += probabilities[p, q];
            }

            for (int p = 0; p < passages; p++)
            {
                probabilities[p, q] /= sum;
            }
        }
    }
}

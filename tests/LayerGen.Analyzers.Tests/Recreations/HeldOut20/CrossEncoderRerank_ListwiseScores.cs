// Source: search reranking with a cross-encoder (sentence-transformers CrossEncoder, ms-marco MiniLM rerankers) and
// a listwise softmax over each query's candidate passages (ListNet-style top-one probabilities used to blend with
// BM25 ranks). The batched model output comes back passage-major.
// Layout: double[passages, queries] (column-major for the softmax: one column per query), temperature.
// Correct: peak and sum down each query's column; the argmax per query and the global top score are statistics.
using System;

namespace HeldOut20.CrossEncoderRerank;

public static class ListwiseReranker
{
    /// <summary>Returns the top score of the whole batch (for logging); fills probabilities and the best passage per query.</summary>
    public static double TopOne(double[,] scores, double temperature, double[,] probabilities, int[] bestPassage)
    {
        int passages = scores.GetLength(0);
        int queries = scores.GetLength(1);
        double batchTop = double.NegativeInfinity;
        for (int q = 0; q < queries; q++)
        {
            double peak = double.NegativeInfinity;
            int arg = 0;
            for (int p = 0; p < passages; p++)
            {
                if (scores[p, q] > peak)
                {
                    peak = scores[p, q];
                    arg = p;
                }
            }

            bestPassage[q] = arg;
            batchTop = Math.Max(batchTop, peak);

            double sum = 0.0;
            for (int p = 0; p < passages; p++)
            {
                probabilities[p, q] = Math.Exp((scores[p, q] - peak) / temperature);
                sum += probabilities[p, q];
            }

            for (int p = passages - 1; p >= 0; p--)
            {
                probabilities[p, q] /= sum;
            }
        }

        return batchTop;
    }
}

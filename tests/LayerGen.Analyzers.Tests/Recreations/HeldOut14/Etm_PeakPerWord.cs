// Source: embedded topic model topic-word distributions (Dieng, Ruiz & Blei 2020; adjidieng/ETM `get_beta`,
// softmax over dim 0 of [vocab, topics]), a port that reads the peak along the row it is already walking.
// Layout: double[vocab, topics]; one peak per word (over the topics) in an array, then each topic's column is
// normalised over the vocabulary.
// Bug LG0004: the maximum runs over the topics of one word, the sum over the words of one topic.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class Etm_PeakPerWord
{
    public static double[,] Beta(double[,] logits)
    {
        int vocab = logits.GetLength(0);
        int topics = logits.GetLength(1);
        var wordPeak = new double[vocab];
        for (int v = 0; v < vocab; v++)
        {
            double top = double.NegativeInfinity;
            for (int k = 0; k < topics; k++)
                if (logits[v, k] > top) top = logits[v, k]; //~ LG0004
            wordPeak[v] = top;
        }

        var beta = new double[vocab, topics];
        for (int k = 0; k < topics; k++)
        {
            double mass = 0;
            for (int v = 0; v < vocab; v++)
            {
                beta[v, k] = Math.Exp(logits[v, k] - wordPeak[v]);
                mass += beta[v, k];
            }
            for (int v = 0; v < vocab; v++)
                beta[v, k] /= mass;
        }
        return beta;
    }
}

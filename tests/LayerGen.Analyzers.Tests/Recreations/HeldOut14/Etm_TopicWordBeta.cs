// Source: embedded topic model topic-word distributions (Dieng, Ruiz & Blei 2020; adjidieng/ETM `get_beta`:
// beta = softmax(rho(alpha), dim=0), logits laid out [vocab, topics]).
// Layout: double[vocab, topics], column softmax over the vocabulary for each topic; the peak and the sum walk the
// vocabulary in reverse; the result is written topic-major into jagged double[topics][vocab].
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class Etm_TopicWordBeta
{
    public static double[][] Beta(double[,] logits)
    {
        int vocab = logits.GetLength(0);
        int topics = logits.GetLength(1);
        var beta = new double[topics][];
        for (int k = 0; k < topics; k++)
        {
            double top = double.MinValue;
            for (int v = vocab - 1; v >= 0; v--)
                top = Math.Max(top, logits[v, k]);
            var row = new double[vocab];
            double mass = 0;
            for (int v = vocab - 1; v >= 0; v--)
            {
                row[v] = Math.Exp(logits[v, k] - top);
                mass += row[v];
            }
            for (int v = 0; v < vocab; v++)
                row[v] /= mass;
            beta[k] = row;
        }
        return beta;
    }
}

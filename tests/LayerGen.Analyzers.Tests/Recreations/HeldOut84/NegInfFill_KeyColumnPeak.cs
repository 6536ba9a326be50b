// Idiom: key padding mask shared by all queries, padded keys skipped with `continue`.
// Use: encoder attention weights of one sequence.
// Layout: double[queries, keys] scores, bool[keys] keyValid.
// Bug (LG0004): the peak is taken per key column over the queries, the sum per query row over the keys.
// Our own code.
using System;

namespace HeldOut84.NegInfFill_KeyColumnPeak;

public static class EncoderWeights
{
    public static double[,] Softmax(double[,] scores, bool[] keyValid)
    {
        int queries = scores.GetLength(0);
        int keys = scores.GetLength(1);
        var colPeak = new double[keys];
        Array.Fill(colPeak, double.NegativeInfinity);

        for (int q = 0; q < queries; q++)
        {
            for (int k = 0; k < keys; k++)
            {
                if (!keyValid[k]) continue;
                if (scores[q, k] > colPeak[k]) colPeak[k] = scores[q, k]; //~ LG0004
            }
        }

        var probs = new double[queries, keys];
        for (int q = 0; q < queries; q++)
        {
            double sum = 0.0;
            for (int k = 0; k < keys; k++)
            {
                if (!keyValid[k]) continue;
                probs[q, k] = Math.Exp(scores[q, k] - colPeak[k]);
                sum += probs[q, k];
            }
            for (int k = 0; k < keys; k++) probs[q, k] /= sum;
        }
        return probs;
    }
}

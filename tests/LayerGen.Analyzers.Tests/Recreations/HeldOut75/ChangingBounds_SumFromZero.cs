// Idiom: a growing loop bound: `limit` is advanced by each sequence's length inside a `while`, and the passes run
// up to the current limit.
// Use: normalising per-sequence scores of a packed batch of variable-length sequences.
// Layout: flat double[sum(lengths)], ragged, with int[] lengths.
// Bug (LG0002): the peak pass starts at the sequence, but the sum pass starts at 0, so the normaliser of sequence r
// covers sequences 0..r.
// Our own code.
using System;

namespace HeldOut75.ChangingBounds_SumFromZero;

public static class GrowingLimit
{
    public static double[] Normalise(double[] scores, int[] lengths)
    {
        var outp = new double[scores.Length];
        int seq = 0, limit = 0;
        while (seq < lengths.Length)
        {
            int from = limit;
            limit += lengths[seq++];
            double m = double.NegativeInfinity;
            int i = from;
            while (i < limit) m = Math.Max(m, scores[i++]);

            double denominator = 0.0;
            for (i = 0; i < limit; i++) denominator += Math.Exp(scores[i] - m); //~ LG0002
            for (i = from; i < limit; i++) outp[i] = Math.Exp(scores[i] - m) / denominator;
        }
        return outp;
    }
}

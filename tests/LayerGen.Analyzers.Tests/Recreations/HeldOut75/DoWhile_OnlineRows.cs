// Idiom: do/while loops everywhere; the peak and the normaliser are kept online in one pass (rescale when the
// peak grows), then a second do/while writes the probabilities.
// Use: a mixture-of-experts gate normalising each token's expert scores.
// Layout: double[tokens, experts] (row = one softmax slice).
// Correct: online softmax per row; every exp argument is a difference to the row's running or final peak.
// Our own code.
using System;

namespace HeldOut75.DoWhile_OnlineRows;

public static class OnlineGate
{
    public static double[,] Gate(double[,] scores)
    {
        int tokens = scores.GetLength(0), experts = scores.GetLength(1);
        var gate = new double[tokens, experts];
        if (tokens == 0 || experts == 0) return gate;
        int t = 0;
        do
        {
            double m = double.NegativeInfinity, s = 0.0;
            int e = 0;
            do
            {
                double v = scores[t, e];
                if (v > m)
                {
                    s = s * Math.Exp(m - v) + 1.0;
                    m = v;
                }
                else
                {
                    s += Math.Exp(v - m);
                }
            } while (++e < experts);

            e = experts;
            do
            {
                e--;
                gate[t, e] = Math.Exp(scores[t, e] - m) / s;
            } while (e > 0);
        } while (++t < tokens);
        return gate;
    }
}

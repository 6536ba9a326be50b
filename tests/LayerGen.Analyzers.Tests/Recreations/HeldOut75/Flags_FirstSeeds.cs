// Idiom: a boolean "seeded" flag instead of -infinity: the first element seeds the peak, the flag is reset per row;
// a second flag short-circuits the divide when a row is one-hot already.
// Use: a decoder's per-step vocabulary softmax.
// Layout: double[steps, vocab] (row = one softmax slice).
// Correct: `seeded` is cleared at the top of every row, so the peak is the row's own.
// Our own code.
using System;

namespace HeldOut75.Flags_FirstSeeds;

public static class SeededPeak
{
    public static double[,] Softmax(double[,] logits)
    {
        int steps = logits.GetLength(0), vocab = logits.GetLength(1);
        var p = new double[steps, vocab];
        for (int t = 0; t < steps; t++)
        {
            bool seeded = false;
            double peak = 0.0;
            for (int v = 0; v < vocab; v++)
            {
                if (!seeded || logits[t, v] > peak)
                {
                    peak = logits[t, v];
                    seeded = true;
                }
            }

            double sum = 0.0;
            for (int v = 0; v < vocab; v++) sum += p[t, v] = Math.Exp(logits[t, v] - peak);
            bool alreadyNormal = sum == 1.0;
            if (alreadyNormal) continue;
            for (int v = 0; v < vocab; v++) p[t, v] /= sum;
        }
        return p;
    }
}

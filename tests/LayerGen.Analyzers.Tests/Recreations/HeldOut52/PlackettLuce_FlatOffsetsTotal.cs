// Idiom: Plackett-Luce win probabilities per race, all runners of a meeting in one flat buffer.
// Layout: flat double[] strengths with an offsets table raceStart[r]..raceStart[r + 1] (ragged fields).
// Bug: the denominator `total` is declared above the race loop and never reset, so race r divides by the
// exp-weights of races 0..r.
using System;

namespace HeldOut52.PlackettLuce_FlatOffsetsTotal;

public static class Meeting
{
    public static double[] WinProbabilities(double[] strength, int[] raceStart)
    {
        int races = raceStart.Length - 1;
        var win = new double[strength.Length];
        double total = 0.0;
        for (int r = 0; r < races; r++)
        {
            int from = raceStart[r];
            int to = raceStart[r + 1];
            double best = strength[from];
            for (int i = from + 1; i < to; i++)
            {
                best = Math.Max(best, strength[i]);
            }

            for (int i = from; i < to; i++)
            {
                win[i] = Math.Exp(strength[i] - best);
                total += win[i]; //~ LG0002
            }

            for (int i = from; i < to; i++)
            {
                win[i] /= total;
            }
        }

        return win;
    }
}

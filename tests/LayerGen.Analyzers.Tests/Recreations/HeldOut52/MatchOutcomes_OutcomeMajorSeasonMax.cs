// Idiom: win/draw/loss probabilities for a whole fixture list stored outcome-major (one row per outcome, as a
// plotting-friendly table: row 0 home wins, row 1 draws, row 2 away wins).
// Layout: double[3, matches], the softmax runs down each match's column.
// Bug: the shift is the largest score of the whole season table (foreach over the 2D array), not the match's own.
using System;

namespace HeldOut52.MatchOutcomes_OutcomeMajorSeasonMax;

public static class SeasonTable
{
    public static double[,] Probabilities(double[,] scoreByOutcome)
    {
        int matches = scoreByOutcome.GetLength(1);
        var prob = new double[3, matches];
        double top = double.NegativeInfinity;
        foreach (double s in scoreByOutcome)
        {
            if (s > top) top = s; //~ LG0001
        }

        for (int m = 0; m < matches; m++)
        {
            double norm = 0.0;
            for (int o = 0; o < 3; o++)
            {
                prob[o, m] = Math.Exp(scoreByOutcome[o, m] - top);
                norm += prob[o, m];
            }

            for (int o = 0; o < 3; o++)
            {
                prob[o, m] /= norm;
            }
        }

        return prob;
    }
}

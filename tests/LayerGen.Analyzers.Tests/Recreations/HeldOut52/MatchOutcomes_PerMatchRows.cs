// Idiom: win/draw/loss outcome probabilities per match (football 1X2 model: one score per outcome from a rating model).
// Layout: double[matches, 3] row-major, one softmax per match row; nested Math.Max over the three outcomes.
// Correct. Style inspired by public 1X2 pricing write-ups (penaltyblog's implied-odds article); our own code.
using System;

namespace HeldOut52.MatchOutcomes_PerMatchRows;

public static class OutcomeModel
{
    public const int Home = 0, Draw = 1, Away = 2;

    public static double[,] OutcomeProbabilities(double[,] scores)
    {
        int matches = scores.GetLength(0);
        var p = new double[matches, 3];
        for (int m = 0; m < matches; m++)
        {
            double top = Math.Max(scores[m, Home], Math.Max(scores[m, Draw], scores[m, Away]));
            double z = 0.0;
            for (int k = 0; k < 3; k++)
            {
                p[m, k] = Math.Exp(scores[m, k] - top);
                z += p[m, k];
            }

            for (int k = 0; k < 3; k++)
            {
                p[m, k] /= z;
            }
        }

        return p;
    }
}

// Idiom: credit-rating migration matrix built from a scoring model: one multinomial-logit row per current rating
// (AAA..D), each row a softmax over the ratings it can migrate to (own code).
// Layout: double[from, to] scores, row-major; per-row maxima and totals kept in arrays (two passes).
// Label: Correct (each row's own max is subtracted and each row divided by its own total).
using System;

namespace HeldOut49.RatingTransitions_RowSoftmax;

public static class MigrationMatrix
{
    public static double[,] FromScores(double[,] score)
    {
        int from = score.GetLength(0);
        int to = score.GetLength(1);
        var rowMax = new double[from];
        var rowTotal = new double[from];
        var p = new double[from, to];

        for (int r = 0; r < from; r++)
        {
            rowMax[r] = score[r, 0];
            for (int c = 1; c < to; c++)
            {
                rowMax[r] = Math.Max(rowMax[r], score[r, c]);
            }
        }

        for (int r = 0; r < from; r++)
        {
            for (int c = 0; c < to; c++)
            {
                p[r, c] = Math.Exp(score[r, c] - rowMax[r]);
                rowTotal[r] += p[r, c];
            }
        }

        for (int r = 0; r < from; r++)
        {
            for (int c = 0; c < to; c++)
            {
                p[r, c] /= rowTotal[r];
            }
        }

        return p;
    }
}

// Idiom: a position weight matrix's log-odds scores turned back into per-column base probabilities,
// p(b | column) = exp(lambda (s_b - s_top)) / Z, lambda the scale the scores were written in.
// Layout: double[4, columns] base-major (row = base, column = motif position: the MEME/JASPAR print order); the
// softmax runs down each column; Math.Exp.
// Correct.
using System;

namespace HeldOut47.MotifPwm_ColumnProbabilities;

public static class MotifMatrix
{
    public static double[,] ToProbabilities(double[,] logOdds, double lambda)
    {
        int width = logOdds.GetLength(1);
        var p = new double[4, width];
        for (int col = 0; col < width; col++)
        {
            double top = logOdds[0, col];
            for (int b = 1; b < 4; b++)
            {
                top = Math.Max(top, logOdds[b, col]);
            }

            double z = 0.0;
            for (int b = 0; b < 4; b++)
            {
                p[b, col] = Math.Exp(lambda * (logOdds[b, col] - top));
                z += p[b, col];
            }

            for (int b = 0; b < 4; b++)
            {
                p[b, col] /= z;
            }
        }

        return p;
    }
}

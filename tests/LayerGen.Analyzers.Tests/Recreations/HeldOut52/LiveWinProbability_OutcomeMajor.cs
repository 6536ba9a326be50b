// Idiom: in-play win/draw/loss probability through a match: one 3-way softmax per game-state snapshot (minute, score,
// red cards feed the model's scores).
// Layout: double[3, snapshots] outcome-major (row per outcome), the softmax runs down each snapshot's column.
// Correct. Style inspired by public in-play win-probability model write-ups; our own code.
using System;

namespace HeldOut52.LiveWinProbability_OutcomeMajor;

public static class InPlay
{
    public static double[,] WinDrawLoss(double[,] score)
    {
        int snapshots = score.GetLength(1);
        var p = new double[3, snapshots];
        for (int t = 0; t < snapshots; t++)
        {
            double top = Math.Max(Math.Max(score[0, t], score[1, t]), score[2, t]);
            double z = 0.0;
            for (int o = 0; o < 3; o++)
            {
                p[o, t] = Math.Exp(score[o, t] - top);
                z += p[o, t];
            }

            for (int o = 0; o < 3; o++)
            {
                p[o, t] /= z;
            }
        }

        return p;
    }
}

// Idiom: simulated annealing with a candidate list: at each step the candidate moves' energy changes dE are turned into
// selection probabilities exp(-dE / T) / sum at the step's temperature T = T0 * alpha^step (geometric cooling), with a
// one-pass online softmax (running best and rescaled partition sum) per step.
// Use: rejection-free (n-fold way style) move selection.
// Layout: double[step, move] energy changes.
// Correct.
// Our own code.
using System;

namespace HeldOut93.AnnealingMoves_OnlinePerStep;

public static class CandidateSelection
{
    public static double[,] MoveProbabilities(double[,] deltaE, double t0, double alpha)
    {
        int steps = deltaE.GetLength(0), moves = deltaE.GetLength(1);
        var p = new double[steps, moves];
        for (int step = 0; step < steps; step++)
        {
            double temperature = t0 * Math.Pow(alpha, step);
            double best = double.NegativeInfinity;
            double z = 0.0;
            for (int m = 0; m < moves; m++)
            {
                double a = -deltaE[step, m] / temperature;
                if (a > best)
                {
                    z = z * Math.Exp(best - a) + 1.0;
                    best = a;
                }
                else
                {
                    z += Math.Exp(a - best);
                }
            }

            for (int m = 0; m < moves; m++)
                p[step, m] = Math.Exp(-deltaE[step, m] / temperature - best) / z;
        }

        return p;
    }
}

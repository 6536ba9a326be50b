// Idiom: simulated annealing move selection in float: per step, the acceptance exponents -dE / T of the candidate moves
// are shifted by the best exponent and normalised; the temperatures come from a precomputed schedule.
// Use: heuristic optimisation (placement / routing) with a candidate list per step.
// Layout: flat float[steps * moves], step-major, float[] temperature schedule.
// Bug LG0001: `best` is declared once above the step loop and never reset, so it is the maximum over this step and
// every earlier one; a step whose exponents sit far below an earlier step's underflows to 0/0.
// Our own code.
using System;

namespace HeldOut93.AnnealingMoves_BestNeverReset;

public static class Annealer
{
    public static void SelectionProbabilities(float[] deltaE, int moves, float[] schedule, float[] p)
    {
        int steps = deltaE.Length / moves;
        float best = float.NegativeInfinity;
        for (int step = 0; step < steps; step++)
        {
            int o = step * moves;
            float t = schedule[step];
            for (int m = 0; m < moves; m++)
            {
                float a = -deltaE[o + m] / t;
                if (a > best) best = a; //~ LG0001
            }

            float z = 0f;
            for (int m = 0; m < moves; m++)
            {
                p[o + m] = MathF.Exp(-deltaE[o + m] / t - best);
                z += p[o + m];
            }

            for (int m = 0; m < moves; m++) p[o + m] /= z;
        }
    }
}

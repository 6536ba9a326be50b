// Re-creation (our own code) of the shape of multiple-try Metropolis selection (Liu et al. 2000) vectorised over
// chains, with the shift taken "per try slot" across the chains.
// Layout: double[chains, K] log-target values (rank 2), try-slot maxima in a double[], selection to double[chains, K].
// Bug (LG0004): the maximum runs over the chains for each try slot j, while the sum runs over the tries of one chain;
// the shift varies along the softmax axis (wrong weights, 0 / 0 when a chain's log π is far below another's).
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class MultipleTryMetropolisMaxPerTryIndex
{
    public static void SelectionProbabilities(double[,] logTarget, double[,] selection)
    {
        int chains = logTarget.GetLength(0);
        int tries = logTarget.GetLength(1);
        var slotBest = new double[tries];
        for (int j = 0; j < tries; j++)
        {
            slotBest[j] = double.NegativeInfinity;
            for (int c = 0; c < chains; c++)
                slotBest[j] = Math.Max(slotBest[j], logTarget[c, j]); //~ LG0004
        }

        for (int c = 0; c < chains; c++)
        {
            double total = 0.0;
            for (int j = 0; j < tries; j++)
            {
                selection[c, j] = Math.Exp(logTarget[c, j] - slotBest[j]);
                total += selection[c, j];
            }

            for (int j = 0; j < tries; j++)
                selection[c, j] /= total;
        }
    }
}

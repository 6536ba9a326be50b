// Re-creation (our own code) of the shape of multiple-try Metropolis selection (Liu, Liang & Wong 2000): each chain
// proposes K tries y_1..y_K and selects y_j with probability w_j ∝ π(y_j), computed from log π in parallel chains.
// Layout: flat double[] [chains · K] of log-target values, chain offset c · K, Parallel.For over chains, selection
// probabilities to a flat double[].
// Correct: each chain's tries are shifted by that chain's largest log π.
using System;
using System.Threading.Tasks;

namespace LayerGen.Recreations.HeldOut10;

public static class MultipleTryMetropolisTryWeights
{
    public static void SelectionProbabilities(double[] logTarget, int tries, double[] selection)
    {
        int chains = logTarget.Length / tries;
        Parallel.For(0, chains, c =>
        {
            int offset = c * tries;
            double best = logTarget[offset];
            for (int j = 1; j < tries; j++)
                if (logTarget[offset + j] > best)
                    best = logTarget[offset + j];

            double total = 0.0;
            for (int j = 0; j < tries; j++)
            {
                selection[offset + j] = Math.Exp(logTarget[offset + j] - best);
                total += selection[offset + j];
            }

            for (int j = 0; j < tries; j++)
                selection[offset + j] /= total;
        });
    }
}

// Source: simulated tempering / expanded-ensemble temperature moves (Marinari & Parisi 1992; the Gibbs "jump to
// any rung" variant in openmmtools `SAMSSampler`): each replica's log weight for rung k is g_k − β_k·E, and the
// next rung is drawn from the softmax over rungs.
// Layout: rung-major double[rungs, replicas] (softmax down each column), per-replica peak array, do/while loops.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class SimulatedTempering_RungMoves
{
    public static double[,] RungProbabilities(double[,] logWeight)
    {
        int rungs = logWeight.GetLength(0), replicas = logWeight.GetLength(1);
        var peak = new double[replicas];
        int r = 0;
        do
        {
            peak[r] = logWeight[0, r];
            int k = 1;
            while (k < rungs)
            {
                peak[r] = Math.Max(peak[r], logWeight[k, r]);
                k++;
            }
            r++;
        } while (r < replicas);

        var prob = new double[rungs, replicas];
        for (r = 0; r < replicas; r++)
        {
            double z = 0.0;
            for (int k = 0; k < rungs; k++)
                z += prob[k, r] = Math.Exp(logWeight[k, r] - peak[r]);
            for (int k = 0; k < rungs; k++)
                prob[k, r] /= z;
        }
        return prob;
    }
}

// Source: simulated tempering temperature moves (Marinari & Parisi 1992; openmmtools SAMS), with the peak taken
// along the wrong index of the rung-major table.
// Layout: rung-major double[rungs, replicas]; softmax over rungs per replica.
// Bug: LG0004 — the maximum runs over replicas for each rung, the sum over rungs for each replica.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class SimulatedTempering_MaxPerRung
{
    public static double[,] RungProbabilities(double[,] logWeight)
    {
        int rungs = logWeight.GetLength(0), replicas = logWeight.GetLength(1);
        var peak = new double[rungs];
        for (int k = 0; k < rungs; k++)
        {
            peak[k] = double.NegativeInfinity;
            for (int r = 0; r < replicas; r++)
                peak[k] = Math.Max(peak[k], logWeight[k, r]); //~ LG0004
        }

        var prob = new double[rungs, replicas];
        for (int r = 0; r < replicas; r++)
        {
            double z = 0.0;
            for (int k = 0; k < rungs; k++)
            {
                prob[k, r] = Math.Exp(logWeight[k, r] - peak[k]);
                z += prob[k, r];
            }
            for (int k = 0; k < rungs; k++)
                prob[k, r] /= z;
        }
        return prob;
    }
}

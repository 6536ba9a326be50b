// Idiom: MPPI for a fleet in one cost matrix, weights written straight from the paper's w = exp(-S / lambda)
// (public MPPI ports often accumulate exp(-cost / lambda) with no baseline; our own code).
// Layout: float[robots, rollouts], row = one robot's rollouts; MathF.Exp.
// Bug (LG0003): exp of the raw (negated, scaled) path costs with no minimum subtracted: float overflows or underflows
// to 0/0 when the costs are large.
using System;

namespace HeldOut48.MppiFleet_RawPathCosts;

public static class FleetPlanner
{
    public static float[,] RolloutWeights(float[,] costs, float lambda)
    {
        int robots = costs.GetLength(0);
        int rollouts = costs.GetLength(1);
        var w = new float[robots, rollouts];
        for (int r = 0; r < robots; r++)
        {
            float eta = 0f;
            for (int k = 0; k < rollouts; k++)
            {
                w[r, k] = MathF.Exp(-costs[r, k] / lambda); //~ LG0003
                eta += w[r, k];
            }

            for (int k = 0; k < rollouts; k++)
            {
                w[r, k] /= eta;
            }
        }

        return w;
    }
}

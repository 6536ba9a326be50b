// Idiom: election scenario simulation: party utilities per simulated scenario, softmax over the parties per scenario.
// Layout: flat double[] with stride `parties` (scenario-major: u[s * parties + p]).
// Bug: the shift is each PARTY's best utility over all scenarios (walked down the stride), while the sum runs over
// the parties of one scenario: max and sum over different axes.
using System;

namespace HeldOut52.SwingScenarios_FlatPartyPeaks;

public static class ScenarioShares
{
    public static double[] Shares(double[] u, int parties)
    {
        int scenarios = u.Length / parties;
        var best = new double[parties];
        for (int p = 0; p < parties; p++)
        {
            best[p] = double.NegativeInfinity;
            for (int s = 0; s < scenarios; s++)
            {
                best[p] = Math.Max(best[p], u[s * parties + p]); //~ LG0004
            }
        }

        var share = new double[u.Length];
        for (int s = 0; s < scenarios; s++)
        {
            int o = s * parties;
            double total = 0.0;
            for (int p = 0; p < parties; p++)
            {
                share[o + p] = Math.Exp(u[o + p] - best[p]);
                total += share[o + p];
            }

            for (int p = 0; p < parties; p++)
            {
                share[o + p] /= total;
            }
        }

        return share;
    }
}

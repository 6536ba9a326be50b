// Idiom: election scenario simulation: each simulated national swing gives party utilities, turned into national vote
// shares by a softmax over the parties, one distribution per scenario.
// Layout: double[][] (scenarios x parties), foreach over the rows, Math.Max fold per scenario.
// Correct. Style inspired by public election-forecast simulation notebooks (draw swings, softmax to shares); our own code.
using System;

namespace HeldOut52.SwingScenarios_JaggedScenarios;

public static class ScenarioShares
{
    public static double[][] Shares(double[][] utilities)
    {
        var shares = new double[utilities.Length][];
        int s = 0;
        foreach (double[] scenario in utilities)
        {
            double lead = double.NegativeInfinity;
            for (int p = 0; p < scenario.Length; p++)
            {
                lead = Math.Max(lead, scenario[p]);
            }

            var share = new double[scenario.Length];
            double total = 0.0;
            for (int p = 0; p < scenario.Length; p++)
            {
                share[p] = Math.Exp(scenario[p] - lead);
                total += share[p];
            }

            for (int p = 0; p < share.Length; p++)
            {
                share[p] /= total;
            }

            shares[s++] = share;
        }

        return shares;
    }
}

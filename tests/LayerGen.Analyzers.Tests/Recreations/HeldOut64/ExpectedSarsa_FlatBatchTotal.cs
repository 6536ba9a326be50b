// Idiom: expected-SARSA target with a Boltzmann target policy over a replay minibatch whose next-state Q-values come
// back from the network as one flat buffer.
// Use: regression targets for a Q-network update.
// Layout: flat double[batch * actions] (offset b * actions), per-transition max loop, then a separate normalisation
// pass over the flat buffer, then the expectation per transition.
// Bug (LG0002): the normalisation pass sums the exponentials of the whole minibatch (`total`), so each transition's
// target policy is divided by the batch's mass instead of its own.
using System;

namespace HeldOut64.ExpectedSarsa_FlatBatchTotal;

public static class FlatExpectedSarsa
{
    public static double[] Targets(double[] nextQ, double[] rewards, bool[] done, int actions, double gamma, double tau, double[] policy)
    {
        int batch = rewards.Length;
        for (int b = 0; b < batch; b++)
        {
            int o = b * actions;
            double m = nextQ[o];
            for (int a = 1; a < actions; a++)
            {
                m = Math.Max(m, nextQ[o + a]);
            }

            for (int a = 0; a < actions; a++)
            {
                policy[o + a] = Math.Exp((nextQ[o + a] - m) / tau);
            }
        }

        double total = 0.0;
        for (int k = 0; k < batch * actions; k++)
        {
            total += policy[k]; //~ LG0002
        }

        for (int k = 0; k < batch * actions; k++)
        {
            policy[k] /= total;
        }

        var y = new double[batch];
        for (int b = 0; b < batch; b++)
        {
            double expected = 0.0;
            for (int a = 0; a < actions; a++)
            {
                expected += policy[b * actions + a] * nextQ[b * actions + a];
            }

            y[b] = done[b] ? rewards[b] : rewards[b] + gamma * expected;
        }

        return y;
    }
}

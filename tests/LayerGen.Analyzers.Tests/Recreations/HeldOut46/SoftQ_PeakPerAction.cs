// Idiom: expected-SARSA / soft Q target with a Boltzmann policy over the next state's actions, computed for a whole
// minibatch from the target network's output matrix. Written as our own code.
// Layout: double[batch, actions] row-major (one softmax per transition, a row); the max is folded per action down a
// column (over the batch), the sum per row.
// Bug: LG0004 (max and sum over different axes: each transition's Q-values are shifted by a different value per action).
using System;

namespace HeldOut46.SoftQ_PeakPerAction;

public static class SoftQ
{
    public static double[] Targets(double[,] nextQ, double[] rewards, bool[] dones, double alpha, double discount, double[,] policy)
    {
        int batch = nextQ.GetLength(0);
        int actions = nextQ.GetLength(1);
        var qMax = new double[actions];
        for (int a = 0; a < actions; a++)
        {
            qMax[a] = double.NegativeInfinity;
            for (int i = 0; i < batch; i++)
            {
                if (nextQ[i, a] > qMax[a]) qMax[a] = nextQ[i, a]; //~ LG0004
            }
        }

        var targets = new double[batch];
        for (int i = 0; i < batch; i++)
        {
            double z = 0;
            for (int a = 0; a < actions; a++)
            {
                policy[i, a] = Math.Exp((nextQ[i, a] - qMax[a]) / alpha);
                z += policy[i, a];
            }

            double v = 0;
            for (int a = 0; a < actions; a++)
            {
                policy[i, a] /= z;
                v += policy[i, a] * nextQ[i, a];
            }

            targets[i] = rewards[i] + (dones[i] ? 0.0 : discount * v);
        }

        return targets;
    }
}

// Idiom: Boltzmann exploration over a Q-table stored action-major (one row of values per action, as a table exported
// from a per-action value network), temperature tau; the behaviour policy of every state. Written as our own code.
// Layout: double[actions, states]; one softmax per state (column). The max is taken once over the whole table.
// Bug: LG0001 (the shift spans every state, not the state's own actions: a state whose values sit far below the best
// state's underflows to 0/0).
using System;

namespace HeldOut46.QTable_TableMaxActionMajor;

public static class BoltzmannPolicy
{
    public static void BehaviourPolicy(double[,] qByAction, double tau, double[,] policy)
    {
        int actions = qByAction.GetLength(0);
        int states = qByAction.GetLength(1);
        double qMax = double.NegativeInfinity;
        for (int a = 0; a < actions; a++)
        {
            for (int s = 0; s < states; s++)
            {
                qMax = Math.Max(qMax, qByAction[a, s]); //~ LG0001
            }
        }

        for (int s = 0; s < states; s++)
        {
            double norm = 0;
            for (int a = 0; a < actions; a++)
            {
                double w = Math.Exp((qByAction[a, s] - qMax) / tau);
                policy[a, s] = w;
                norm += w;
            }

            for (int a = 0; a < actions; a++)
            {
                policy[a, s] /= norm;
            }
        }
    }
}

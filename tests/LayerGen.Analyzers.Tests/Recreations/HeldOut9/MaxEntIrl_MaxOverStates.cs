// Source: maximum-entropy inverse RL soft value iteration (Ziebart et al. 2008), re-created on jagged action-major
// Q tables with one stabilising peak per action row.
// Layout: double[][] q [actions][states] (softmax over actions for each state, i.e. down the columns).
// Bug (LG0004): the max runs over the states of each action row while the sum runs over the actions of a state.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut9;

public static class MaxEntIrl_MaxOverStates
{
    public static double[][] Policy(double[][] q)
    {
        int actions = q.Length;
        int states = q[0].Length;
        var peak = new double[actions];
        for (int a = 0; a < actions; a++)
        {
            peak[a] = q[a].Max(); //~ LG0004
        }

        var policy = new double[actions][];
        for (int a = 0; a < actions; a++)
        {
            policy[a] = new double[states];
        }

        for (int s = 0; s < states; s++)
        {
            double z = 0.0;
            for (int a = 0; a < actions; a++)
            {
                policy[a][s] = Math.Exp(q[a][s] - peak[a]);
                z += policy[a][s];
            }

            for (int a = 0; a < actions; a++)
            {
                policy[a][s] /= z;
            }
        }

        return policy;
    }
}

// Source: maximum-entropy inverse RL soft value iteration (Ziebart et al. 2008; "irl-maxent" style implementations):
// V(s) = log sum_a exp Q(a, s), policy pi(a | s) = exp(Q(a, s) - V(s)), with Q stored action-major.
// Layout: double[actions, states] (softmax down each column), stable log-sum-exp per state. Correct.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class MaxEntIrl_SoftValueActionMajor
{
    public static double[,] Policy(double[,] q, double[] value)
    {
        int actions = q.GetLength(0);
        int states = q.GetLength(1);
        var policy = new double[actions, states];
        for (int s = 0; s < states; s++)
        {
            double m = q[0, s];
            for (int a = 1; a < actions; a++)
            {
                if (q[a, s] > m) m = q[a, s];
            }

            double acc = 0.0;
            for (int a = 0; a < actions; a++)
            {
                acc += Math.Exp(q[a, s] - m);
            }

            value[s] = m + Math.Log(acc);
            for (int a = 0; a < actions; a++)
            {
                policy[a, s] = Math.Exp(q[a, s] - value[s]);
            }
        }

        return policy;
    }
}

// Idiom: expected-SARSA / soft value target with a Boltzmann target policy: y = r + gamma * SUM_a pi(a|s') Q(s', a)
// with pi = softmax(Q(s') / tau), over a replay minibatch of transitions.
// Use: regression targets for a Q-network update; the target policy is kept for diagnostics.
// Layout: List<Transition> (record with a double[] NextQ member), foreach with a running index, `if` fold for the max,
// policy written to a double[][] per transition.
// Correct: per transition, max, exp and sum run over that transition's next-state action values.
using System;
using System.Collections.Generic;

namespace HeldOut64.ExpectedSarsa_TransitionRecords;

public sealed record Transition(int State, int Action, double Reward, double[] NextQ, bool Done);

public static class ExpectedSarsa
{
    public static double[] Targets(List<Transition> batch, double gamma, double tau, out double[][] targetPolicy)
    {
        var targets = new double[batch.Count];
        targetPolicy = new double[batch.Count][];
        int i = 0;
        foreach (Transition tr in batch)
        {
            double[] q = tr.NextQ;
            double qMax = double.NegativeInfinity;
            foreach (double v in q)
            {
                if (v > qMax)
                {
                    qMax = v;
                }
            }

            var pi = new double[q.Length];
            double z = 0.0;
            for (int a = 0; a < q.Length; a++)
            {
                pi[a] = Math.Exp((q[a] - qMax) / tau);
                z += pi[a];
            }

            double expected = 0.0;
            for (int a = 0; a < q.Length; a++)
            {
                pi[a] /= z;
                expected += pi[a] * q[a];
            }

            targetPolicy[i] = pi;
            targets[i] = tr.Done ? tr.Reward : tr.Reward + gamma * expected;
            i++;
        }

        return targets;
    }
}

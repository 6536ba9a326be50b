// Idiom: soft Q-learning / expected SARSA target with a Boltzmann policy over the next state's actions:
// y = r + gamma * sum_a' pi(a' | s') Q(s', a'), pi = softmax(Q(s', .) / alpha); no log-sum-exp (the soft value is the
// policy-weighted mean here). Minibatch from a replay buffer of structs. Written as our own code.
// Layout: Transition[] (readonly record struct with a double[] NextQ per transition), jagged double[][] next-state policy
// written for logging; per-transition `if` max.
// Correct.
using System;

namespace HeldOut46.SoftQ_ExpectedTargetsStructs;

public readonly record struct Transition(int State, int Action, double Reward, bool Done, double[] NextQ);

public static class SoftQ
{
    public static double[] Targets(Transition[] batch, double alpha, double discount, double[][] nextPolicy)
    {
        var targets = new double[batch.Length];
        for (int i = 0; i < batch.Length; i++)
        {
            double[] q = batch[i].NextQ;
            double[] pi = nextPolicy[i];
            double qMax = q[0];
            for (int a = 1; a < q.Length; a++)
            {
                if (q[a] > qMax) qMax = q[a];
            }

            double z = 0;
            for (int a = 0; a < q.Length; a++)
            {
                pi[a] = Math.Exp((q[a] - qMax) / alpha);
                z += pi[a];
            }

            double expected = 0;
            for (int a = 0; a < q.Length; a++)
            {
                pi[a] /= z;
                expected += pi[a] * q[a];
            }

            targets[i] = batch[i].Reward + (batch[i].Done ? 0.0 : discount * expected);
        }

        return targets;
    }
}

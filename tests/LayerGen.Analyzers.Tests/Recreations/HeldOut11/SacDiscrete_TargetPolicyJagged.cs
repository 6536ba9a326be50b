// Re-creates the shape of the discrete-action Soft Actor-Critic target (Christodoulou 2019, "SAC for discrete action
// settings"; p-christ/Deep-RL-Algorithms): the Boltzmann policy pi = softmax(Q / alpha) over actions and the
// expected next-state Q under it.
// Layout: jagged double[states][actions]; LINQ Max of the raw Q divided once by the entropy temperature alpha > 0.
// Correct: max(Q) / alpha equals max(Q / alpha), taken per state; the sum runs over the state's actions.
using System.Linq;

namespace HeldOut11;

public static class SacDiscrete_TargetPolicyJagged
{
    public static double[] ExpectedQ(double[][] q, double alpha, double[][] policy)
    {
        var expected = new double[q.Length];
        for (int s = 0; s < q.Length; s++)
        {
            double[] row = q[s];
            double shift = row.Max() / alpha;
            double partition = 0.0;
            for (int a = 0; a < row.Length; a++)
            {
                policy[s][a] = System.Math.Exp(row[a] / alpha - shift);
                partition += policy[s][a];
            }
            for (int a = 0; a < row.Length; a++)
            {
                policy[s][a] /= partition;
                expected[s] += policy[s][a] * row[a];
            }
        }
        return expected;
    }
}

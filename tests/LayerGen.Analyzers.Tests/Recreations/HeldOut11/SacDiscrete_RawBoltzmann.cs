// Re-creates the shape of the discrete-action Soft Actor-Critic target (Christodoulou 2019, "SAC for discrete action
// settings"; p-christ/Deep-RL-Algorithms): the Boltzmann policy pi = softmax(Q / alpha) over actions and the
// expected next-state Q under it.
// Layout: jagged double[states][actions], foreach over the action values.
// Bug (LG0003): exp(Q / alpha) with no max subtracted (overflow for large Q or small alpha).
using System;

namespace HeldOut11;

public static class SacDiscrete_RawBoltzmann
{
    public static double[] ExpectedQ(double[][] q, double alpha, double[][] policy)
    {
        var expected = new double[q.Length];
        for (int s = 0; s < q.Length; s++)
        {
            double[] row = q[s];
            double partition = 0.0;
            int a = 0;
            foreach (double value in row)
            {
                policy[s][a] = Math.Exp(value / alpha); //~ LG0003
                partition += policy[s][a];
                a++;
            }
            for (a = 0; a < row.Length; a++)
            {
                policy[s][a] /= partition;
                expected[s] += policy[s][a] * row[a];
            }
        }
        return expected;
    }
}

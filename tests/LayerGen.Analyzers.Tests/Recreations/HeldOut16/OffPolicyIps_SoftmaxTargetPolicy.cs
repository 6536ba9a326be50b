// Source: off-policy evaluation of a softmax recommendation policy by inverse propensity scoring (Open Bandit Pipeline
// IPW with a softmax evaluation policy, Saito et al. 2021; Swaminathan & Joachims 2015): π(a|x) = softmax(s(x, a)/τ),
// V̂ = mean of r_i · π(a_i|x_i) / μ_i over the logged rounds.
// Layout: float[rounds, actions] scores, Parallel.For over rounds with a stackalloc (or heap) scratch row, temperature
// applied after the shift ((s − max)/τ), the policy written to a caller's float[,]; the IPS estimate is returned.
// Correct.
using System;
using System.Linq;
using System.Threading.Tasks;

namespace LayerGen.Recreations.HeldOut16.OffPolicyIps_SoftmaxTargetPolicy;

public static class InversePropensity
{
    /// <summary>Writes π(·|x_i) for every round into <paramref name="policy"/> and returns the IPS value estimate.</summary>
    public static double Estimate(float[,] scores, float tau, int[] loggedAction, float[] reward, float[] loggingPropensity, float[,] policy)
    {
        int rounds = scores.GetLength(0), actions = scores.GetLength(1);
        var contribution = new double[rounds];
        Parallel.For(0, rounds, i =>
        {
            Span<float> e = actions <= 128 ? stackalloc float[actions] : new float[actions];
            float top = scores[i, 0];
            for (int a = 1; a < actions; a++) top = MathF.Max(top, scores[i, a]);
            float z = 0f;
            for (int a = 0; a < actions; a++)
            {
                e[a] = MathF.Exp((scores[i, a] - top) / tau);
                z += e[a];
            }
            for (int a = 0; a < actions; a++) policy[i, a] = e[a] / z;
            contribution[i] = reward[i] * policy[i, loggedAction[i]] / loggingPropensity[i];
        });
        return contribution.Average();
    }
}

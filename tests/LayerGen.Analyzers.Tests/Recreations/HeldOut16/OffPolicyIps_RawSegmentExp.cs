// Source: off-policy evaluation of a softmax recommendation policy by inverse propensity scoring (Open Bandit Pipeline
// IPW; Swaminathan & Joachims 2015): π(a|x) = softmax(s(x, a)/τ).
// Layout: flat float[] [rounds · actions] scores viewed through ArraySegment<float> rows, the policy written into a
// parallel flat buffer; the estimate is accumulated in the same loop.
// Bug: LG0003 (exp(s/τ) with no peak subtracted).
using System;

namespace LayerGen.Recreations.HeldOut16.OffPolicyIps_RawSegmentExp;

public static class InversePropensity
{
    /// <summary>Fills the flat <paramref name="policy"/> and returns the IPS value estimate.</summary>
    public static double Estimate(float[] scores, int actions, float tau, int[] loggedAction, float[] reward, float[] loggingPropensity, float[] policy)
    {
        int rounds = scores.Length / actions;
        double value = 0;
        for (int i = 0; i < rounds; i++)
        {
            var row = new ArraySegment<float>(scores, i * actions, actions);
            var pi = new ArraySegment<float>(policy, i * actions, actions);
            float z = 0f;
            for (int a = 0; a < row.Count; a++)
            {
                pi[a] = MathF.Exp(row[a] / tau); //~ LG0003
                z += pi[a];
            }
            for (int a = 0; a < pi.Count; a++) pi[a] /= z;
            value += reward[i] * pi[loggedAction[i]] / loggingPropensity[i];
        }
        return value / rounds;
    }
}

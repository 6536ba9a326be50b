// Idiom: softmax policy over actions per state for a policy-gradient agent, written with LINQ
// Layout: Dictionary<int, double[]> preferences keyed by state id
// Bug (LG0003): exp of the raw action preferences, no max subtracted
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut41.PolicyGradient_RawLinqPolicy;

public static class GibbsPolicy
{
    public static Dictionary<int, double[]> ActionProbabilities(Dictionary<int, double[]> preferences)
    {
        var policy = new Dictionary<int, double[]>();
        foreach (int s in preferences.Keys)
        {
            double[] weights = preferences[s].Select(h => Math.Exp(h)).ToArray(); //~ LG0003
            double z = weights.Sum();
            policy[s] = weights.Select(w => w / z).ToArray();
        }
        return policy;
    }

    public static void Reinforce(Dictionary<int, double[]> preferences, int state, int action, double advantage, double lr)
    {
        double[] pi = ActionProbabilities(preferences)[state];
        for (int a = 0; a < pi.Length; a++)
            preferences[state][a] += lr * advantage * ((a == action ? 1.0 : 0.0) - pi[a]);
    }
}

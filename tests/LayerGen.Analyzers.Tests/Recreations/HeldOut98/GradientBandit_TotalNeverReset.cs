// Idiom: gradient bandit policy, a softmax over each bandit's arm preferences, built with Array.ConvertAll.
// Use: many independent k-armed bandits evaluated in one call.
// Layout: List<double[]> (one preference array per bandit).
// Bug (LG0002): the normaliser z is declared before the bandit loop and never reset, so every bandit after the first is
// divided by the running total of all earlier bandits' exps.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut98.GradientBandit_TotalNeverReset;

public static class BanditPolicies
{
    public static List<double[]> ArmProbabilities(List<double[]> preferences)
    {
        var result = new List<double[]>(preferences.Count);
        double z = 0.0;
        foreach (double[] h in preferences)
        {
            double top = h.Max();
            double[] e = Array.ConvertAll(h, v => Math.Exp(v - top));
            foreach (double v in e) z += v; //~ LG0002
            result.Add(Array.ConvertAll(e, v => v / z));
        }

        return result;
    }
}

// Idiom: Hedge / exponential weights per context: p_i = exp(eta * G_i) / sum_j exp(eta * G_j) over the cumulative gains
// G of each arm (the weights update `w *= exp(eta * payoff)` of public EXP3/Hedge code, written in closed form with the
// stable shift by the leading arm). Written as our own code.
// Layout: IReadOnlyDictionary<string, double[]> (context -> gains per arm), `foreach` deconstruction, LINQ `g.Max()`,
// `Select(x => Math.Exp(...))`, `Sum()`; eta > 0.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut46.Hedge_ContextWeights;

public static class Hedge
{
    public static Dictionary<string, double[]> Distributions(IReadOnlyDictionary<string, double[]> gains, double eta)
    {
        var result = new Dictionary<string, double[]>(gains.Count);
        foreach (var (context, g) in gains)
        {
            double lead = g.Max();
            double[] w = g.Select(x => Math.Exp(eta * (x - lead))).ToArray();
            double total = w.Sum();
            result[context] = w.Select(x => x / total).ToArray();
        }

        return result;
    }
}

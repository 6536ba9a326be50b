// Idiom: motion-primitive selection by soft scores, candidate lists keyed by lattice state id, LINQ weights.
// Layout: Dictionary<int, List<Primitive>>, `foreach` deconstruction of the pairs, List<double> weights.
// Bug (LG0003): `Math.Exp(p.Score / temperature)` with no best score subtracted: overflow to infinity (NaN after the
// division) for large scores or a low temperature.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut48.MotionPrimitives_RawScoreExp;

public sealed record Primitive(string Name, double Score);

public static class PrimitiveSelector
{
    public static Dictionary<int, List<double>> SelectionProbabilities(Dictionary<int, List<Primitive>> byState, double temperature)
    {
        var result = new Dictionary<int, List<double>>();
        foreach (var (state, candidates) in byState)
        {
            List<double> w = candidates.Select(p => Math.Exp(p.Score / temperature)).ToList(); //~ LG0003
            double z = w.Sum();
            result[state] = w.Select(x => x / z).ToList();
        }

        return result;
    }
}

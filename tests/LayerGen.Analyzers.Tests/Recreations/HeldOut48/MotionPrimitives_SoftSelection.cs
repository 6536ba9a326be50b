// Idiom: motion-primitive selection by soft scores in a lattice planner: for each planning state the candidate
// primitives' scores (progress minus clearance penalty) become selection probabilities with a temperature.
// Layout: IReadOnlyList<Primitive[]> (one candidate set per state) of records; LINQ Max / Select / Sum.
// Correct: each state's candidate set is shifted by its own best score and divided by its own sum.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut48.MotionPrimitives_SoftSelection;

public sealed record Primitive(string Name, double Score);

public static class PrimitiveSelector
{
    public static List<double[]> SelectionProbabilities(IReadOnlyList<Primitive[]> candidateSets, double temperature)
    {
        var result = new List<double[]>(candidateSets.Count);
        foreach (Primitive[] candidates in candidateSets)
        {
            double top = candidates.Max(p => p.Score);
            double[] w = candidates.Select(p => Math.Exp((p.Score - top) / temperature)).ToArray();
            double z = w.Sum();
            result.Add(w.Select(x => x / z).ToArray());
        }

        return result;
    }
}

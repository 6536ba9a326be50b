// Idiom: grade-band distributions for every section of a course, sections in a dictionary; each section is shifted by
// its own best band, but the normaliser is one Aggregate over every section's exponentials.
// Layout: IReadOnlyDictionary<string, double[]>, ToDictionary with a statement lambda, Aggregate.
// Bug: LG0002 (the sum spans every section: each section sums to its share of the course, not to 1).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut50.GradeBands_AllSectionsTotal;

public static class CourseGrades
{
    public static Dictionary<string, double[]> Distributions(IReadOnlyDictionary<string, double[]> bandScores)
    {
        var shifted = bandScores.ToDictionary(kv => kv.Key, kv =>
        {
            double top = kv.Value.Max();
            return kv.Value.Select(s => Math.Exp(s - top)).ToArray();
        });
        double total = shifted.Values.Aggregate(0.0, (acc, e) => acc + e.Sum()); //~ LG0002
        return shifted.ToDictionary(kv => kv.Key, kv => kv.Value.Select(x => x / total).ToArray());
    }
}

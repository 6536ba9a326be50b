// Idiom: predicted grade distribution per class section (learning-analytics dashboards): one score per grade band
// (A..F) from an ordinal model, softmaxed per section with LINQ.
// Layout: List<SectionScores> records with float[] band scores; LINQ Max/Select/Sum; float.Exp; tuple list out.
// Correct.
using System.Collections.Generic;
using System.Linq;

namespace HeldOut50.GradeBands_PerSection;

public sealed record SectionScores(string Code, float[] BandScores);

public static class GradeDistribution
{
    public static List<(string Code, float[] Distribution)> PerSection(List<SectionScores> sections)
    {
        var result = new List<(string Code, float[] Distribution)>();
        foreach (SectionScores section in sections)
        {
            float m = section.BandScores.Max();
            float[] e = section.BandScores.Select(s => float.Exp(s - m)).ToArray();
            float z = e.Sum();
            result.Add((section.Code, e.Select(v => v / z).ToArray()));
        }

        return result;
    }
}

// Idiom: multinomial diagnosis model, posterior over the ragged candidate list of each encounter (each department has
// its own candidate codes, so lists differ in length). Use: coding-assistant suggestions per encounter.
// Layout: records `Encounter(Id, Department, CandidateScores)`, jagged output `double[encounters][]`; LINQ `Max()` per
// encounter, loop exp and sum.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut54.DiagnosisCandidates_JaggedPerEncounter;

public sealed record Encounter(string Id, string Department, double[] CandidateScores);

public static class DiagnosisPosterior
{
    public static double[][] PerEncounter(IReadOnlyList<Encounter> encounters)
    {
        var result = new double[encounters.Count][];
        for (int e = 0; e < encounters.Count; e++)
        {
            double[] scores = encounters[e].CandidateScores;
            double peak = scores.Max();
            var posterior = new double[scores.Length];
            double norm = 0.0;
            for (int k = 0; k < scores.Length; k++)
            {
                posterior[k] = Math.Exp(scores[k] - peak);
                norm += posterior[k];
            }

            for (int k = 0; k < scores.Length; k++)
            {
                posterior[k] /= norm;
            }

            result[e] = posterior;
        }

        return result;
    }
}

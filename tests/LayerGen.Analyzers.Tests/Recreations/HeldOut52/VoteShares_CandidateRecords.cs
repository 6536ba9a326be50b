// Idiom: multinomial vote shares per district over its candidates, candidates as records.
// Layout: List<District> records, District.Candidates a List<Candidate> (ragged), index loops.
// Bug: the candidates' utilities are exponentiated raw (no shift), so utilities above ~709 overflow to infinity/NaN.
using System;
using System.Collections.Generic;

namespace HeldOut52.VoteShares_CandidateRecords;

public sealed record Candidate(string Name, string Party, double Utility);

public sealed record District(string Name, List<Candidate> Candidates);

public static class DistrictForecast
{
    public static List<double[]> Shares(List<District> districts)
    {
        var result = new List<double[]>(districts.Count);
        for (int d = 0; d < districts.Count; d++)
        {
            List<Candidate> field = districts[d].Candidates;
            var w = new double[field.Count];
            double z = 0.0;
            for (int c = 0; c < field.Count; c++)
            {
                w[c] = Math.Exp(field[c].Utility); //~ LG0003
                z += w[c];
            }

            for (int c = 0; c < w.Length; c++)
            {
                w[c] /= z;
            }

            result.Add(w);
        }

        return result;
    }
}

// Idiom: diagnosis-code suggestion per department, candidates as (code, score) tuples in a list per department.
// Use: hospital-wide nightly coding batch.
// Layout: Dictionary<string, List<(string Code, double Score)>>; LINQ `SelectMany(...).Max(...)`, loops per department.
// Bug (LG0001): the shift is the maximum over every department's candidates (hospital-wide), not the department's
// own; a department whose scores sit far below another's underflows to 0/0.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut54.DepartmentCodes_HospitalWideMax;

public static class HospitalCoding
{
    public static Dictionary<string, double[]> CodeProbabilities(Dictionary<string, List<(string Code, double Score)>> byDepartment)
    {
        double top = byDepartment.Values.SelectMany(list => list).Max(c => c.Score); //~ LG0001
        var result = new Dictionary<string, double[]>();
        foreach (var entry in byDepartment)
        {
            List<(string Code, double Score)> candidates = entry.Value;
            var p = new double[candidates.Count];
            double sum = 0.0;
            for (int i = 0; i < candidates.Count; i++)
            {
                p[i] = Math.Exp(candidates[i].Score - top);
                sum += p[i];
            }

            for (int i = 0; i < p.Length; i++)
            {
                p[i] /= sum;
            }

            result[entry.Key] = p;
        }

        return result;
    }
}

// Idiom: diagnosis-code suggestion per department: each department has its own candidate ICD-10 codes with a model
// score; the suggestion probabilities are a softmax over the department's codes. Use: department-specific coding hints.
// Layout: IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> (department -> code -> score); `foreach`,
// `codes.Values.Max()`, `ToDictionary`, `Values.Sum()`.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut54.DepartmentCodes_PerDepartmentMax;

public static class DepartmentCoding
{
    public static Dictionary<string, Dictionary<string, double>> CodeProbabilities(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> scoresByDepartment)
    {
        var result = new Dictionary<string, Dictionary<string, double>>();
        foreach (KeyValuePair<string, IReadOnlyDictionary<string, double>> department in scoresByDepartment)
        {
            IReadOnlyDictionary<string, double> codes = department.Value;
            double top = codes.Values.Max();
            Dictionary<string, double> weights = codes.ToDictionary(kv => kv.Key, kv => Math.Exp(kv.Value - top));
            double mass = weights.Values.Sum();
            result[department.Key] = weights.ToDictionary(kv => kv.Key, kv => kv.Value / mass);
        }

        return result;
    }
}

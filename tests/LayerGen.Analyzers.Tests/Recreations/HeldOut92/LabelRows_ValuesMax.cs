// Idiom: each row a Dictionary<string, float> of class columns named by label; Values.Max(), Values.Sum(...) and
// ToDictionary build the probability row.
// Use: label-keyed score rows from a JSON/tabular export normalised per row.
// Layout: List<Dictionary<string, float>>, one dictionary per row, keys are class labels.
// Correct: max and sum over one row's values.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut92.LabelRows_ValuesMax;

public static class LabelRows
{
    public static List<Dictionary<string, float>> Softmax(List<Dictionary<string, float>> rows)
    {
        var result = new List<Dictionary<string, float>>(rows.Count);
        foreach (Dictionary<string, float> row in rows)
        {
            float top = row.Values.Max();
            float z = row.Values.Sum(v => MathF.Exp(v - top));
            result.Add(row.ToDictionary(kv => kv.Key, kv => MathF.Exp(kv.Value - top) / z));
        }

        return result;
    }
}

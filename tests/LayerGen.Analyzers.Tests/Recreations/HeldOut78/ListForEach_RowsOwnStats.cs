// Idiom: `List<float[]>.ForEach(row => ...)` with an inner `Array.ForEach` that adds to a total captured per row.
// Use: turning a list of logit vectors (one per token) into probability vectors.
// Layout: List<float[]>, one softmax per list element.
// Correct: `top` and `total` are locals of the outer lambda, fresh for every row.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut78.ListForEach_RowsOwnStats;

public static class TokenProbabilities
{
    public static List<float[]> Softmax(List<float[]> rows)
    {
        var output = new List<float[]>(rows.Count);
        rows.ForEach(row =>
        {
            float top = row.Max();
            var e = new List<float>(row.Length);
            float total = 0f;
            Array.ForEach(row, v =>
            {
                float t = MathF.Exp(v - top);
                e.Add(t);
                total += t;
            });
            output.Add(e.ConvertAll(t => t / total).ToArray());
        });
        return output;
    }
}

// Idiom: await Task.WhenAll(rows.Select(async row => ...)) with an async lambda per row and LINQ Max/Select/Sum inside.
// Use: an async API that scores each request row (after an awaited feature lookup) and returns all probabilities.
// Layout: IReadOnlyList<double[]> (one array per row), softmax per row; results come back in input order.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace HeldOut99.WhenAllLinq_RowTasks;

public static class RequestScorer
{
    public static async Task<double[][]> ScoreAllAsync(IReadOnlyList<double[]> rows)
    {
        return await Task.WhenAll(rows.Select(async row =>
        {
            await Task.Yield();
            double max = row.Max();
            double[] exps = row.Select(v => Math.Exp(v - max)).ToArray();
            double sum = exps.Sum();
            return exps.Select(e => e / sum).ToArray();
        }));
    }
}

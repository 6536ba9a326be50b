// Idiom: `Task.WhenAll` over `rows.Select(row => Task.Run(() => ...)).ToArray()`, each task returning its row's
// probabilities, the exps taken with `Array.ConvertAll(row, Math.Exp)`.
// Use: scoring a list of candidate rows in parallel.
// Layout: IReadOnlyList<double[]> rows.
// Bug: LG0003 — the exps are of the raw logits (no max subtracted) and normalised by the row's sum.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace HeldOut81.WhenAllResults_RawRows;

public static class CandidateScorer
{
    public static async Task<double[][]> ScoreAllAsync(IReadOnlyList<double[]> rows)
    {
        Task<double[]>[] work = rows.Select(row => Task.Run(() =>
        {
            double[] w = Array.ConvertAll(row, Math.Exp); //~ LG0003
            double z = w.Sum();
            return w.Select(v => v / z).ToArray();
        })).ToArray();
        return await Task.WhenAll(work);
    }
}

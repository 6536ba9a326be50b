// Idiom: Task.WhenAll over Task.Run work items that return each row's shifted exponentials, then one LINQ pass over
// the awaited results.
// Use: a batch endpoint that computes exps in parallel and normalises after the join.
// Layout: jagged float[rows][classes]; WhenAll returns float[][] in row order.
// Bug (LG0002): the normaliser is SelectMany(...).Sum() over every row's exps, so each row is divided by the batch
// total instead of its own sum.
// Our own code.
#nullable enable
using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut99.WhenAllLinq_TotalOverResults;

public static class JoinThenNormalise
{
    public static async Task<float[][]> SoftmaxAsync(float[][] logits, CancellationToken ct = default)
    {
        var pending = new Task<float[]>[logits.Length];
        for (int r = 0; r < logits.Length; r++)
        {
            float[] row = logits[r];
            pending[r] = Task.Run(() =>
            {
                float peak = float.NegativeInfinity;
                foreach (float v in row) peak = MathF.Max(peak, v);
                var e = new float[row.Length];
                for (int i = 0; i < row.Length; i++) e[i] = MathF.Exp(row[i] - peak);
                return e;
            }, ct);
        }

        float[][] exps = await Task.WhenAll(pending);
        float total = exps.SelectMany(e => e).Sum(); //~ LG0002
        foreach (float[] e in exps)
        {
            for (int i = 0; i < e.Length; i++) e[i] /= total;
        }

        return exps;
    }
}

// Idiom: `await foreach (... in rows.WithCancellation(ct))` with a one-pass online max/sum per row (the running sum
// rescaled by `Math.Exp(m - v)` when the max grows), then `Array.ConvertAll` with a shifted lambda.
// Use: streaming rows whose length is only known while reading them.
// Layout: IAsyncEnumerable<double[]> rows, List<double[]> out.
// Correct: every exp argument is ≤ 0 (m is the running or final row max); state is reset per row.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut81.AsyncStream_OnlineRows;

public static class OnlineStreamSoftmax
{
    public static async Task<List<double[]>> ToProbabilitiesAsync(IAsyncEnumerable<double[]> rows, CancellationToken ct = default)
    {
        var output = new List<double[]>();
        await foreach (double[] row in rows.WithCancellation(ct))
        {
            double m = double.NegativeInfinity, s = 0;
            foreach (double v in row)
            {
                if (v > m)
                {
                    s = s * Math.Exp(m - v) + 1.0;
                    m = v;
                }
                else
                {
                    s += Math.Exp(v - m);
                }
            }

            output.Add(Array.ConvertAll(row, v => Math.Exp(v - m) / s));
        }

        return output;
    }
}

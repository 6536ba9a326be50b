// Idiom: a synchronously completing `ValueTask<double>` helper (`ValueTask.FromResult`) awaited once per row.
// Use: a row-peak step kept awaitable so it can later move to an async backend.
// Layout: flat double[] with rows of n at offset start, walked by `start += n`.
// Correct: the helper is given one row (start, count) and folds only that row.
// Our own code.
#nullable enable
using System;
using System.Threading.Tasks;

namespace HeldOut81.ValueTask_RowPeakHelper;

public static class AwaitablePeakSoftmax
{
    public static async ValueTask SoftmaxAsync(double[] x, double[] y, int n)
    {
        for (int start = 0; start < x.Length; start += n)
        {
            double peak = await PeakAsync(x, start, n).ConfigureAwait(false);
            double norm = 0;
            for (int j = start; j < start + n; j++)
            {
                y[j] = Math.Exp(x[j] - peak);
                norm += y[j];
            }

            for (int j = start; j < start + n; j++)
                y[j] /= norm;
        }
    }

    private static ValueTask<double> PeakAsync(double[] buffer, int start, int count)
    {
        double m = double.NegativeInfinity;
        for (int i = start; i < start + count; i++)
            m = Math.Max(m, buffer[i]);
        return ValueTask.FromResult(m);
    }
}

// Idiom: a generic-math async method over rows that polls token.IsCancellationRequested and stops early, reporting how
// many rows it finished.
// Use: a reusable library routine for float and double models that a UI can cancel.
// Layout: jagged T[rows][classes], softmax per row, written in place.
// Bug (LG0003): each row exponentiates its raw logits (no max subtracted) before dividing by the row sum; logits
// above ~88 (float) or ~709 (double) overflow to ∞/∞ = NaN.
// Our own code.
#nullable enable
using System.Numerics;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut99.Cancellation_RawGenericRows;

public static class GenericRowSoftmax
{
    public static async ValueTask<int> SoftmaxRowsAsync<T>(T[][] rows, CancellationToken token = default)
        where T : IExponentialFunctions<T>, IFloatingPointIeee754<T>
    {
        int done = 0;
        foreach (T[] row in rows)
        {
            if (token.IsCancellationRequested) break;
            T sum = T.Zero;
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = T.Exp(row[j]); //~ LG0003
                sum += row[j];
            }

            for (int j = 0; j < row.Length; j++)
            {
                row[j] /= sum;
            }

            done++;
            if (done % 8 == 0) await Task.Yield();
        }

        return done;
    }
}

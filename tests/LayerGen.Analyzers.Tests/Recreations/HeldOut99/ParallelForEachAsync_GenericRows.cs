// Idiom: Parallel.ForEachAsync over row indices with a bounded degree of parallelism and a cancellation token, in a
// generic-math method (T.Exp) usable for float and double.
// Use: a library helper that normalises a large jagged batch concurrently from async code.
// Layout: jagged T[rows][classes]; each iteration normalises one row in place.
// Correct.
// Our own code.
#nullable enable
using System.Linq;
using System.Numerics;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut99.ParallelForEachAsync_GenericRows;

public static class ConcurrentSoftmax
{
    public static Task RunAsync<T>(T[][] rows, CancellationToken ct = default)
        where T : IFloatingPointIeee754<T>
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = ct };
        return Parallel.ForEachAsync(Enumerable.Range(0, rows.Length), options, (r, token) =>
        {
            T[] row = rows[r];
            T max = T.NegativeInfinity;
            for (int j = 0; j < row.Length; j++)
            {
                max = T.Max(max, row[j]);
            }

            T sum = T.Zero;
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = T.Exp(row[j] - max);
                sum += row[j];
            }

            for (int j = 0; j < row.Length; j++)
            {
                row[j] /= sum;
            }

            return ValueTask.CompletedTask;
        });
    }
}

// Idiom: try/catch/finally around the softmax: catch logs and rethrows, finally records the elapsed time.
// Use: ragged batch (variable-length rows) in a service with diagnostics.
// Layout: flat double[] with int[] rowStarts (rowStarts.Length == rows + 1), ragged rows.
// Correct.
// Our own code.
using System;
using System.Diagnostics;

namespace HeldOut90.TryCatch_WrappedRaggedRows;

public sealed class RaggedSoftmax
{
    public TimeSpan LastElapsed { get; private set; }

    public string? LastError { get; private set; }

    public void Apply(double[] values, int[] rowStarts, double[] destination)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(rowStarts);
        ArgumentNullException.ThrowIfNull(destination);
        var watch = Stopwatch.StartNew();
        try
        {
            for (int r = 0; r + 1 < rowStarts.Length; r++)
            {
                int from = rowStarts[r];
                int to = rowStarts[r + 1];
                if (to <= from)
                {
                    continue;
                }

                double mx = values[from];
                for (int i = from + 1; i < to; i++)
                {
                    mx = Math.Max(mx, values[i]);
                }

                double z = 0;
                for (int i = from; i < to; i++)
                {
                    destination[i] = Math.Exp(values[i] - mx);
                    z += destination[i];
                }

                for (int i = from; i < to; i++)
                {
                    destination[i] /= z;
                }
            }
        }
        catch (IndexOutOfRangeException ex)
        {
            LastError = ex.Message;
            throw;
        }
        finally
        {
            watch.Stop();
            LastElapsed = watch.Elapsed;
        }
    }
}

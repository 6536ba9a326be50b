// Idiom: a `ChannelReader<RowJob>` consumer, `while (await reader.WaitToReadAsync(ct).ConfigureAwait(false))` around
// `while (reader.TryRead(out RowJob? job))`, results written by the job's index.
// Use: a worker draining softmax jobs queued by a producer.
// Layout: `record RowJob(int Index, double[] Logits)`, results double[batch][].
// Correct: `x.Max()` and the sum are over the job's own row.
// Our own code.
#nullable enable
using System;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace HeldOut81.Channel_TryReadRows;

public sealed record RowJob(int Index, double[] Logits);

public static class ChannelRowSoftmax
{
    public static async Task ConsumeAsync(ChannelReader<RowJob> reader, double[][] results, CancellationToken ct = default)
    {
        while (await reader.WaitToReadAsync(ct).ConfigureAwait(false))
        {
            while (reader.TryRead(out RowJob? job))
            {
                double[] x = job.Logits;
                double m = x.Max();
                double[] y = new double[x.Length];
                double z = 0;
                for (int i = 0; i < x.Length; i++)
                    z += y[i] = Math.Exp(x[i] - m);
                for (int i = 0; i < y.Length; i++)
                    y[i] /= z;
                results[job.Index] = y;
            }
        }
    }
}
